package dev.tilmash.memory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;

/**
 * One remembered segment pair: a source sentence (or a whole block, title or summary) and its
 * approved translation, with the article and target revision it came from. Written once when a
 * translation is approved or published, never changed.
 */
@Entity
@Immutable
@Table(name = "tm_segment")
public class MemorySegment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tm_segment_seq")
  @SequenceGenerator(name = "tm_segment_seq", sequenceName = "tm_segment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "source_language", nullable = false)
  private String sourceLanguage;

  @Column(name = "target_language", nullable = false)
  private String targetLanguage;

  @Column(name = "source_text", nullable = false)
  private String sourceText;

  @Column(name = "target_text", nullable = false)
  private String targetText;

  @Column(name = "source_key", nullable = false)
  private String sourceKey;

  @Column(name = "target_key", nullable = false)
  private String targetKey;

  @Column(name = "source_tokens", nullable = false)
  private String sourceTokens;

  @Column(name = "token_count", nullable = false)
  private int tokenCount;

  @Column(name = "article_id", nullable = false)
  private String articleId;

  @Column(name = "revision_no", nullable = false)
  private int revision;

  @Column(name = "source_revision_no", nullable = false)
  private int sourceRevision;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MemorySegment() {}

  MemorySegment(
      LanguagePair pair,
      NormalizedText source,
      String sourceText,
      String targetText,
      String articleId,
      int revision,
      int sourceRevision,
      Instant createdAt) {
    this.sourceLanguage = pair.source();
    this.targetLanguage = pair.target();
    this.sourceText = sourceText;
    this.targetText = targetText;
    this.sourceKey = source.key();
    this.targetKey = NormalizedText.sha256(targetText);
    this.sourceTokens = String.join(" ", source.tokens());
    this.tokenCount = source.tokens().size();
    this.articleId = articleId;
    this.revision = revision;
    this.sourceRevision = sourceRevision;
    this.createdAt = createdAt;
  }

  /** As a match of the given similarity. */
  TranslationMemory.Match match(double similarity) {
    return new TranslationMemory.Match(
        sourceText, targetText, similarity, articleId, targetLanguage, revision);
  }

  String sourceKey() {
    return sourceKey;
  }

  /** Source and target, to tell a duplicate: the same pair of languages is implied. */
  String identity() {
    return sourceKey + "/" + targetKey;
  }

  List<String> tokens() {
    return sourceTokens.isEmpty() ? List.of() : List.of(sourceTokens.split(" "));
  }

  public Long id() {
    return id;
  }

  public String sourceText() {
    return sourceText;
  }

  public String targetText() {
    return targetText;
  }

  public String articleId() {
    return articleId;
  }

  public int revision() {
    return revision;
  }

  public int sourceRevision() {
    return sourceRevision;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
