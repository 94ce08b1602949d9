package dev.tilmash.token;

import dev.tilmash.account.Scope;
import dev.tilmash.account.TokenGrant;
import dev.tilmash.audit.AuditKind;
import dev.tilmash.audit.AuditLog;
import dev.tilmash.audit.AuditSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Audits each use of a management scope with the token's name, before the request's own work and in
 * a transaction of its own, so a use that then fails is in the log too.
 */
@ApplicationScoped
public class TokenAudit {
  @Inject AuditLog audit;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void used(String caller, TokenGrant grant, Scope scope, String method, String path) {
    audit.record(
        caller,
        AuditKind.TOKEN,
        AuditSubject.version(null, null, null),
        "token "
            + grant.id()
            + " ("
            + grant.name()
            + ") used "
            + scope.id()
            + ": "
            + method
            + " "
            + path);
  }
}
