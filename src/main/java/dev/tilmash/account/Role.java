package dev.tilmash.account;

/** What a user may do; a user can hold several roles. */
public enum Role {
  /** Manages users, their roles and language scopes, and the language set. */
  ADMIN,
  /** Creates articles, reviews, approves, publishes, schedules and unpublishes. */
  EDITOR,
  /** Writes and submits the language versions of the languages in their scope. */
  TRANSLATOR;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
