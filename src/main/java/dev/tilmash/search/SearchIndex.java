package dev.tilmash.search;

import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import java.util.List;

/**
 * The search index of published versions, as the public reads ask it. It answers from the fields
 * {@link VersionDocumentBinder} stores, so an answer loads no entity and sends no SQL; what the
 * reader sees of a hit is made of it elsewhere. A page must lie within {@link SearchWindow}, which
 * the caller checks before it asks.
 */
public interface SearchIndex {
  /**
   * Live versions in one of {@code languages} matching {@code text}, by relevance and then by
   * recency, with the passages that matched.
   */
  Page<IndexHit> published(SearchText text, List<String> languages, PageRequest page);

  /**
   * Live versions in {@code language}, in the ICU collation order of their titles ({@link
   * TitleCollation}), then newest first among equal titles.
   */
  Page<IndexedVersion> byTitle(String language, PageRequest page);
}
