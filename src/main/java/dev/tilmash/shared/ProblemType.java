package dev.tilmash.shared;

/**
 * Every kind of failure the API reports, each with a stable RFC 9457 {@code type} URI and an HTTP
 * status. The slug names the catalog keys {@code problem.<slug>.title} and {@code
 * problem.<slug>.detail} in {@code translations/}.
 */
public enum ProblemType {
  INVALID_LANGUAGE_TAG(400, "invalid-language-tag"),
  UNSUPPORTED_LANGUAGE(404, "unsupported-language"),
  MALFORMED_REQUEST(400, "malformed-request"),
  INVALID_FIELD(400, "invalid-field"),
  UNAUTHENTICATED(401, "unauthenticated"),
  MISSING_ROLE(403, "missing-role"),
  MISSING_LANGUAGE(403, "missing-language"),
  FOUR_EYES(403, "four-eyes"),
  NOT_FOUND(404, "not-found"),
  ARTICLE_NOT_FOUND(404, "article-not-found"),
  VERSION_NOT_FOUND(404, "version-not-found"),
  NOTHING_PUBLISHED(404, "nothing-published"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable"),
  WRONG_WORKFLOW_STEP(409, "wrong-workflow-step"),
  CONFLICT(409, "conflict"),
  VERSION_EXISTS(412, "version-exists"),
  STALE_ETAG(412, "stale-etag"),
  CONCURRENT_UPDATE(412, "concurrent-update"),
  BODY_TOO_LARGE(413, "body-too-large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
  PRECONDITION_REQUIRED(428, "precondition-required"),
  UNKNOWN_USER(422, "unknown-user"),
  NOT_ASSIGNABLE(422, "not-assignable"),
  REVISION_NOT_FOUND(404, "revision-not-found"),
  NO_SOURCE_CHANGES(409, "no-source-changes"),
  INTERNAL(500, "internal");

  private static final String BASE = "https://tilmash.dev/problems/";

  private final int status;
  private final String slug;

  ProblemType(int status, String slug) {
    this.status = status;
    this.slug = slug;
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String uri() {
    return BASE + slug;
  }
}
