package dev.tilmash.importing;

/** How one file of an import went: the article it became ({@code articleId}) or why not. */
public record FileReport(ImportedArticle article, String articleId) {
  public boolean ok() {
    return articleId != null;
  }
}
