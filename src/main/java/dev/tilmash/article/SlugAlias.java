package dev.tilmash.article;

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
import org.hibernate.annotations.Immutable;

/** A slug a version had before: links to it keep working and redirect to the current one. */
@Entity
@Immutable
@Table(name = "slug_alias")
public class SlugAlias {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slug_alias_seq")
  @SequenceGenerator(name = "slug_alias_seq", sequenceName = "slug_alias_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String slug;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "language_version_id")
  private LanguageVersion version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SlugAlias() {}

  SlugAlias(LanguageVersion version, String slug, Instant now) {
    this.version = version;
    this.language = version.language();
    this.slug = slug;
    this.createdAt = now;
  }

  public LanguageVersion version() {
    return version;
  }
}
