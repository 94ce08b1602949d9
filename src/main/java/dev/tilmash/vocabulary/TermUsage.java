package dev.tilmash.vocabulary;

/**
 * How many articles reference a term. The article feature, which sits above the vocabulary,
 * implements it, so that the vocabulary can refuse to delete a term in use without knowing
 * articles.
 */
public interface TermUsage {
  long articlesUsing(TermKind kind, String key);
}
