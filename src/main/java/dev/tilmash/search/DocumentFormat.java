package dev.tilmash.search;

/**
 * The version of what {@link VersionDocumentBinder} writes into a document, stored in every
 * document as {@value #FIELD}. Raise {@link #CURRENT} whenever the binder writes different fields
 * or analyzes them differently: at start, {@link SearchIndexCheck} reindexes the documents that are
 * not of the current format, since queries and projections would miss what an older document lacks.
 *
 * <ul>
 *   <li>1 (no {@value #FIELD} field): text fields, language, live, publication time, title key.
 *   <li>2: the body fields also keep term vectors with offsets; the slug, live title and summary,
 *       tags and publication time are stored for search results read from the index alone.
 *   <li>3: the article's section key is stored too, so results show the section.
 *   <li>4: the version's id and row version, by which {@link IndexReconciliation} compares the
 *       index with the database.
 * </ul>
 */
final class DocumentFormat {
  static final String FIELD = "document_format";
  static final int CURRENT = 4;

  private DocumentFormat() {}
}
