package dev.tilmash.vocabulary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A term's label and slug in one language. The kind is the term's own, repeated in the row so that
 * the database keeps a slug unique per kind and language.
 */
@Embeddable
public class TermLabel {
  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String label;

  @Column(nullable = false)
  private String slug;

  protected TermLabel() {}

  TermLabel(TermKind kind, String label, String slug) {
    this.kind = kind.id();
    this.label = label;
    this.slug = slug;
  }

  public String label() {
    return label;
  }

  public String slug() {
    return slug;
  }

  boolean sameAs(TermLabel other) {
    return other != null && label.equals(other.label) && slug.equals(other.slug);
  }
}
