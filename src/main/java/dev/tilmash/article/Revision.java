package dev.tilmash.article;

import com.ibm.icu.util.ULocale;
import dev.tilmash.text.MarkdownBody;
import dev.tilmash.text.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One saved state of a language version. Its words never change once written; only the fact that it
 * went live (when, and whether the editor called the change minor) is added later.
 */
@Entity
@Table(name = "revision")
public class Revision {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
  @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "language_version_id", updatable = false)
  private LanguageVersion version;

  @Column(name = "revision_no", nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(nullable = false, updatable = false)
  private String summary;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "body_html", nullable = false, updatable = false)
  private String bodyHtml;

  @Column(name = "based_on_source_revision", updatable = false)
  private Integer basedOnSourceRevision;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "content_hash", nullable = false, updatable = false)
  private String contentHash;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "minor_change", nullable = false)
  private boolean minor;

  @Column(name = "comment_text", updatable = false)
  private String comment;

  /** For a derived version: the sibling's language and revision these words follow. */
  @Column(name = "derived_from_language", updatable = false)
  private String derivedFromLanguage;

  @Column(name = "derived_from_revision", updatable = false)
  private Integer derivedFromRevision;

  /** The transform that wrote these words (machine-derived), or {@code null} for a person's. */
  @Column(name = "transliteration", updatable = false)
  private String transliteration;

  /** Null only for a revision written before counts were stored; see {@link #wordCount()}. */
  @Column(name = "word_count")
  private Integer wordCount;

  protected Revision() {}

  Revision(
      LanguageVersion version,
      int number,
      VersionContent content,
      Integer basedOnSourceRevision,
      String author,
      String comment,
      Instant now) {
    this(version, number, content, basedOnSourceRevision, author, comment, now, null, null);
  }

  /** A revision of a derived version; {@code derivation} is {@code null} for any other. */
  Revision(
      LanguageVersion version,
      int number,
      VersionContent content,
      Integer basedOnSourceRevision,
      String author,
      String comment,
      Instant now,
      Derivation derivation,
      String transliteration) {
    this.version = version;
    this.derivedFromLanguage = derivation == null ? null : derivation.language();
    this.derivedFromRevision = derivation == null ? null : derivation.revision();
    this.transliteration = transliteration;
    this.comment = comment;
    this.number = number;
    this.title = content.title();
    this.summary = content.summary();
    this.body = content.body();
    this.bodyHtml = MarkdownBody.toSafeHtml(content.body());
    this.wordCount = countWords();
    this.basedOnSourceRevision = basedOnSourceRevision;
    this.author = author;
    this.createdAt = now;
    this.contentHash = content.hash();
  }

  /**
   * How many words the body holds, counted the way its language counts them. Stored with the
   * revision; one written before counts were stored is counted on its first read, and the count is
   * kept when that read is in a transaction.
   */
  public int wordCount() {
    if (wordCount == null) {
      wordCount = countWords();
    }
    return wordCount;
  }

  private int countWords() {
    return PlainText.wordCount(bodyHtml, ULocale.forLanguageTag(version.language()));
  }

  void markPublished(Instant at, boolean minorChange) {
    if (publishedAt == null) {
      publishedAt = at;
      minor = minorChange;
    }
  }

  public LanguageVersion version() {
    return version;
  }

  public VersionContent content() {
    return new VersionContent(title, summary, body);
  }

  public Long id() {
    return id;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String body() {
    return body;
  }

  public String bodyHtml() {
    return bodyHtml;
  }

  public Integer basedOnSourceRevision() {
    return basedOnSourceRevision;
  }

  public String author() {
    return author;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String contentHash() {
    return contentHash;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public boolean minor() {
    return minor;
  }

  /** What the author said about this save, if anything. */
  public String comment() {
    return comment;
  }

  /** The sibling revision these words follow, or {@code null} when they are not derived. */
  public Derivation derivation() {
    return derivedFromLanguage == null
        ? null
        : new Derivation(derivedFromLanguage, derivedFromRevision);
  }

  /** The transform that generated these words; {@code null} when a person wrote them. */
  public String transliteration() {
    return transliteration;
  }
}
