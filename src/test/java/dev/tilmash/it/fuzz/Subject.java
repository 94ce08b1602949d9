package dev.tilmash.it.fuzz;

/**
 * A language version a request is aimed at. A target is never meant to change: only requests that
 * must be refused go to it, and it must read back byte for byte the same after the run. Scratch
 * versions take every other request, so their ETag follows successful writes.
 */
public final class Subject {
  private final String articleId;
  private final String language;
  private final boolean translation;
  private final boolean target;
  private String etag;

  public Subject(
      String articleId, String language, boolean translation, boolean target, String etag) {
    this.articleId = articleId;
    this.language = language;
    this.translation = translation;
    this.target = target;
    this.etag = etag;
  }

  public String articleId() {
    return articleId;
  }

  public String language() {
    return language;
  }

  public boolean translation() {
    return translation;
  }

  public boolean target() {
    return target;
  }

  public String etag() {
    return etag;
  }

  /** A scratch version's new ETag after a successful write; a target's never moves. */
  public void wrote(String newEtag) {
    if (!target && newEtag != null) {
      etag = newEtag;
    }
  }

  public String versionPath() {
    return "articles/" + articleId + "/versions/" + language;
  }
}
