package dev.tilmash.shared;

/**
 * Every kind of failure the API reports, each with a stable RFC 9457 {@code type} URI and an HTTP
 * status. The slug names the catalog keys {@code problem.<slug>.title} and {@code
 * problem.<slug>.detail} in {@code translations/}.
 */
public enum ProblemType {
  INVALID_LANGUAGE_TAG(400, "invalid-language-tag"),
  UNSUPPORTED_LANGUAGE(404, "unsupported-language"),
  UNCONFIGURED_LANGUAGE(422, "unconfigured-language"),
  MALFORMED_REQUEST(400, "malformed-request"),
  MALFORMED_URI(400, "malformed-uri"),
  MALFORMED_HEADER(400, "malformed-header"),
  UNREADABLE_BODY(400, "unreadable-body"),
  INVALID_FIELD(400, "invalid-field"),
  INVALID_SEARCH_QUERY(400, "invalid-search-query"),
  UNAUTHENTICATED(401, "unauthenticated"),
  FORBIDDEN(403, "forbidden"),
  MISSING_ROLE(403, "missing-role"),
  MISSING_LANGUAGE(403, "missing-language"),
  FOUR_EYES(403, "four-eyes"),
  CSRF_TOKEN_MISSING(403, "csrf-token-missing"),
  CROSS_ORIGIN_REQUEST(403, "cross-origin-request"),
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
  LENGTH_REQUIRED(411, "length-required"),
  BODY_TOO_LARGE(413, "body-too-large"),
  BODY_TOO_DEEP(422, "body-too-deep"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
  PRECONDITION_REQUIRED(428, "precondition-required"),
  UNKNOWN_USER(422, "unknown-user"),
  NOT_ASSIGNABLE(422, "not-assignable"),
  REVISION_NOT_FOUND(404, "revision-not-found"),
  NO_SOURCE_CHANGES(409, "no-source-changes"),
  NOT_A_TRANSLATION(409, "not-a-translation"),
  NOT_DERIVED(422, "not-derived"),
  CANNOT_DERIVE(409, "cannot-derive"),
  XLIFF_MALFORMED(400, "xliff-malformed"),
  XLIFF_MISMATCH(422, "xliff-mismatch"),
  XLIFF_STALE(409, "xliff-stale"),
  XLIFF_SOURCE_VERSION(409, "xliff-source-version"),
  XLIFF_BATCH_TOO_LARGE(422, "xliff-batch-too-large"),
  NOTHING_TO_IMPORT(400, "nothing-to-import"),
  ARCHIVE_REFUSED(400, "archive-refused"),
  IMPORT_TOO_LARGE(413, "import-too-large"),
  IMPORT_FILE_REJECTED(422, "import-file-rejected"),
  MULTIPART_MALFORMED(400, "multipart-malformed"),
  TOO_MANY_SIGN_INS(429, "too-many-sign-ins"),
  WEBHOOK_NOT_FOUND(404, "webhook-not-found"),
  WEBHOOK_DELIVERY_NOT_FOUND(404, "webhook-delivery-not-found"),
  WEBHOOK_TARGET_REFUSED(422, "webhook-target-refused"),
  WEBHOOK_DISABLED(409, "webhook-disabled"),
  TERM_NOT_FOUND(404, "term-not-found"),
  TERM_EXISTS(409, "term-exists"),
  TERM_IN_USE(409, "term-in-use"),
  TERM_SLUG_TAKEN(409, "term-slug-taken"),
  UNKNOWN_SECTION(400, "unknown-section"),
  UNKNOWN_SCOPE(400, "unknown-scope"),
  INVALID_TOKEN(401, "invalid-token"),
  TOKEN_SCOPE_MISSING(403, "token-scope-missing"),
  TOKEN_REFUSED(403, "token-refused"),
  TOKEN_NOT_FOUND(404, "token-not-found"),
  PREVIEW_LINK_INVALID(403, "preview-link-invalid"),
  PREVIEW_LINK_EXPIRED(410, "preview-link-expired"),
  PREVIEW_LINK_TOO_LONG(422, "preview-link-too-long"),
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
