package dev.tilmash.audit;

import java.time.Instant;

/**
 * One line of the audit log as admins and editors read it. {@code method} and {@code path} are set
 * on refusals: the request that was refused.
 */
public record AuditEntry(
    Instant at,
    String user,
    String kind,
    String articleId,
    String language,
    Integer revision,
    String from,
    String to,
    String detail,
    String method,
    String path) {

  static AuditEntry of(AuditEvent e) {
    return new AuditEntry(
        e.at(),
        e.actor(),
        e.kind().name(),
        e.articleId(),
        e.language(),
        e.revision(),
        e.from(),
        e.to(),
        e.detail(),
        e.method(),
        e.path());
  }
}
