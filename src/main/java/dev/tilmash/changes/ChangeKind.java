package dev.tilmash.changes;

/**
 * What a row of the change log says changed, and so which caches it makes stale. The key of a row
 * names the thing within its kind.
 */
public enum ChangeKind {
  /** What readers get of an article may have changed (a workflow step, a slug): an article id. */
  ARTICLE_LIVE,
  /** Something of an article was stored that readers do not see (a draft save): an article id. */
  ARTICLE_DRAFT,
  /** A user's roles, languages or enabled flag changed: a username. */
  ACCESS,
  /** A user's password changed or the account was disabled, so their sign-ins end: a username. */
  ACCESS_REVOKED,
  /** A tag's or section's labels or slugs changed, which every answer may show: kind:key. */
  VOCABULARY,
  /** An API token was revoked, so its bearer is refused everywhere: a token id. */
  TOKEN_REVOKED;

  /** Whether the change is of an article (the editorial side's caches hold every article). */
  public boolean ofArticle() {
    return this == ARTICLE_LIVE || this == ARTICLE_DRAFT;
  }

  /** Whether the change is of a user's access. */
  public boolean ofAccess() {
    return this == ACCESS || this == ACCESS_REVOKED;
  }
}
