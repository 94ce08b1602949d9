package dev.tilmash.webhook;

import dev.tilmash.shared.SkipLocked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.dialect.Dialect;

/**
 * The claiming side of the outbox. A claim locks due rows with {@code FOR UPDATE SKIP LOCKED} (so
 * concurrent workers, here or on other instances, each get different rows and nobody waits), sets a
 * lease on them and commits: the send then happens outside any lock or transaction. A row is due
 * when it is pending, its time has come, its lease (if any) has run out, and its endpoint is
 * enabled; the endpoint is read in a sub-query, so that its row is never locked by a claim. The
 * query's locking clause is the dialect's ({@link SkipLocked}).
 */
@ApplicationScoped
public class DeliveryClaims {
  static final String DUE =
      "select id from webhook_delivery where status = 'PENDING'"
          + " and next_attempt_at <= ?1 and (lease_until is null or lease_until < ?1)"
          + " and endpoint_id in (select id from webhook_endpoint where enabled = true)";

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Attempt> claim(Instant now, int limit, Duration lease) {
    List<WebhookDelivery> due = lockDue(now, limit);
    return due.stream()
        .map(
            delivery -> {
              delivery.lease(now, lease);
              WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.endpointId());
              return new Attempt(
                  delivery.id(),
                  delivery.messageId(),
                  endpoint.url(),
                  endpoint.signingSecrets(now),
                  delivery.payload());
            })
        .toList();
  }

  /** The due rows, locked for this transaction; rows another claim holds are skipped. */
  List<WebhookDelivery> lockDue(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        em.createNativeQuery(claimQuery(SkipLocked.dialect(em), limit))
            .setParameter(1, now)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select d from WebhookDelivery d where d.id in :ids order by d.nextAttemptAt",
            WebhookDelivery.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The claim's query: the ids of at most {@code limit} due rows, locked. */
  static String claimQuery(Dialect dialect, int limit) {
    return SkipLocked.limited(dialect, DUE, "next_attempt_at", limit);
  }
}
