package dev.tilmash.audit;

import dev.tilmash.shared.RefusedAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the audit log. Steps are logged in the transaction that takes them, so the log never shows
 * a step that did not happen; refusals are logged in a transaction of their own, because the
 * refused request's own work is rolled back.
 */
@ApplicationScoped
public class AuditLog {
  private static final Pattern VERSION_PATH =
      Pattern.compile("/articles/([0-9a-f-]{36})(?:/versions/([^/?]+))?");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actor, AuditKind kind, AuditSubject subject, String detail) {
    em.persist(new AuditEvent(clock.instant(), actor, kind, subject, detail));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void refused(@Observes RefusedAttempt attempt) {
    Matcher path = VERSION_PATH.matcher(attempt.path());
    AuditSubject subject =
        path.find()
            ? AuditSubject.version(path.group(1), path.group(2), null)
            : AuditSubject.version(null, null, null);
    String detail = attempt.problem().type().slug() + " " + attempt.problem().arguments();
    em.persist(
        new AuditEvent(clock.instant(), attempt.user(), AuditKind.REFUSED, subject, detail)
            .on(attempt.method(), attempt.path()));
  }
}
