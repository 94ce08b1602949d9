package dev.tilmash.delivery;

import jakarta.persistence.TypedQuery;
import java.util.Set;

/**
 * A delivery list's {@code ?tag=} and {@code ?section=}, resolved to vocabulary keys (see {@link
 * dev.tilmash.vocabulary.Vocabulary#keysNamedBy}): an article passes when it has one of {@code
 * tags} and is filed under one of {@code sections}; null leaves that side open.
 */
record TermFilter(Set<String> tags, Set<String> sections) {
  static final TermFilter NONE = new TermFilter(null, null);

  /** The JPQL conditions on the article {@code article} (e.g. {@code v.article}), each with and. */
  String conditions(String article) {
    StringBuilder where = new StringBuilder();
    if (tags != null) {
      where
          .append(" and exists (select 1 from Article tagged join tagged.tags tagKey")
          .append(" where tagged = ")
          .append(article)
          .append(" and tagKey in :tags)");
    }
    if (sections != null) {
      where.append(" and ").append(article).append(".section in :sections");
    }
    return where.toString();
  }

  <T> TypedQuery<T> bind(TypedQuery<T> query) {
    if (tags != null) {
      query.setParameter("tags", tags);
    }
    if (sections != null) {
      query.setParameter("sections", sections);
    }
    return query;
  }
}
