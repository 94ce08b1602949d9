package dev.tilmash.vocabulary;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A tag or a section: a stable key, which articles reference, and a label and slug per language.
 *
 * <p>Lifecycle: an editor creates a term (or an article names a tag nobody created yet, which
 * creates it without labels); editors then relabel it, each change replacing the whole set of
 * labels and moving the version, and so the ETag, on; a term no article uses may be deleted. A
 * language without a label shows the label of the next language of its fallback chain, and a term
 * without any label shows its key (see {@link TermText}).
 */
@Entity
@Table(name = "vocabulary_term")
public class Term {
  @Id private String id;

  @Column(nullable = false)
  private String kind;

  @Column(name = "term_key", nullable = false)
  private String key;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "vocabulary_label", joinColumns = @JoinColumn(name = "term_id"))
  @MapKeyColumn(name = "language")
  private Map<String, TermLabel> labels = new HashMap<>();

  @Version private long version;

  protected Term() {}

  Term(TermKind kind, String key, Map<String, TermLabel> labels, Instant now) {
    this.id = id(kind, key);
    this.kind = kind.id();
    this.key = key;
    this.labels.putAll(labels);
    this.updatedAt = now;
  }

  /** The primary key of a term: its kind and key, as the migration of old tags writes it. */
  static String id(TermKind kind, String key) {
    return kind.id() + ":" + key;
  }

  /**
   * Replaces every label; returns whether anything a reader sees changed. Labels that stay as they
   * were keep their rows, so their slugs are never taken from themselves.
   */
  boolean relabel(Map<String, TermLabel> next, Instant now) {
    boolean changed = !labels.keySet().equals(next.keySet());
    labels.keySet().retainAll(next.keySet());
    for (Map.Entry<String, TermLabel> entry : next.entrySet()) {
      if (!entry.getValue().sameAs(labels.get(entry.getKey()))) {
        labels.put(entry.getKey(), entry.getValue());
        changed = true;
      }
    }
    if (changed) {
      updatedAt = now;
    }
    return changed;
  }

  public TermKind kind() {
    return TermKind.ofId(kind);
  }

  public String key() {
    return key;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The ETag of the term's current state, for If-Match. */
  public String etag() {
    return "\"t" + version + "\"";
  }

  /** What the term shows readers, detached from the persistence context. */
  TermText text() {
    Map<String, TermText.Label> copy = new HashMap<>();
    labels.forEach((language, l) -> copy.put(language, new TermText.Label(l.label(), l.slug())));
    return new TermText(kind(), key, copy);
  }
}
