package dev.tilmash.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One piece of content, written in its source language and translated into others. The article
 * holds what all languages share (tags, section, author line, attribution), the tags and the
 * section as keys of the vocabulary; each language lives in its own {@link LanguageVersion} with
 * its own workflow.
 */
@Entity
@Table(name = "article")
public class Article {
  @Id private String id;

  @Column(name = "source_language", nullable = false)
  private String sourceLanguage;

  private String author;

  @Column(name = "attribution")
  private String source;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "last_published_at")
  private Instant lastPublishedAt;

  /** The key of the article's section in the vocabulary, or null. */
  private String section;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "tag")
  @OrderBy
  private Set<String> tags = new LinkedHashSet<>();

  @Version private long version;

  protected Article() {}

  public Article(
      String sourceLanguage,
      List<String> tags,
      String author,
      String source,
      String createdBy,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.sourceLanguage = sourceLanguage;
    this.tags.addAll(tags);
    this.author = author;
    this.source = source;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** Files the article under a section of the vocabulary (a key the caller has checked). */
  void placeIn(String sectionKey) {
    this.section = sectionKey;
  }

  void published(Instant at) {
    if (lastPublishedAt == null || at.isAfter(lastPublishedAt)) {
      lastPublishedAt = at;
    }
  }

  public String id() {
    return id;
  }

  public String sourceLanguage() {
    return sourceLanguage;
  }

  public List<String> tags() {
    return tags.stream().sorted().toList();
  }

  public String section() {
    return section;
  }

  public String author() {
    return author;
  }

  public String source() {
    return source;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant lastPublishedAt() {
    return lastPublishedAt;
  }
}
