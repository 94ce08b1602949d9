package dev.tilmash.article;

import java.util.List;

/**
 * What the editorial list asks of full-text search: the articles one of whose versions has a
 * working title matching {@code q}. A port: {@code article} states what it needs, and the {@code
 * search} feature, which depends on {@code article} for the entities it indexes, implements it, so
 * that {@code article} never depends on {@code search}.
 */
public interface TitleSearch {
  /** The most articles one search returns. */
  int MAX_ARTICLES = 1000;

  /** At most {@link #MAX_ARTICLES} article ids, the best matches first. */
  List<String> articleIds(String q);
}
