package dev.tilmash.audit;

/** What an audit entry is about: an article's language version, and the step's states. */
public record AuditSubject(
    String articleId, String language, Integer revision, String from, String to) {

  public static AuditSubject version(String articleId, String language, Integer revision) {
    return new AuditSubject(articleId, language, revision, null, null);
  }

  public AuditSubject states(String fromState, String toState) {
    return new AuditSubject(articleId, language, revision, fromState, toState);
  }
}
