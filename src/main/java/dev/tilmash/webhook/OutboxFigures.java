package dev.tilmash.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * The outbox as the metrics show it, read from the database (so every instance shows the same
 * figures): deliveries pending and failed, endpoints disabled, and how long the oldest pending
 * delivery has waited. Four counting queries; the status counts use the outbox's index on {@code
 * (status, next_attempt_at)}.
 */
@ApplicationScoped
public class OutboxFigures {
  /** The figures at one moment; {@code oldestPending} is zero when nothing is pending. */
  record Snapshot(long pending, long failed, long disabledEndpoints, Duration oldestPending) {
    static final Snapshot NONE = new Snapshot(0, 0, 0, Duration.ZERO);
  }

  @PersistenceContext EntityManager em;

  @Transactional
  public Snapshot read(Instant now) {
    Instant oldest =
        em.createQuery(
                "select min(d.createdAt) from WebhookDelivery d where d.status = :status",
                Instant.class)
            .setParameter("status", DeliveryStatus.PENDING)
            .getSingleResult();
    return new Snapshot(
        deliveries(DeliveryStatus.PENDING),
        deliveries(DeliveryStatus.FAILED),
        em.createQuery("select count(e) from WebhookEndpoint e where e.enabled = false", Long.class)
            .getSingleResult(),
        oldest == null || oldest.isAfter(now) ? Duration.ZERO : Duration.between(oldest, now));
  }

  private long deliveries(DeliveryStatus status) {
    return em.createQuery(
            "select count(d) from WebhookDelivery d where d.status = :status", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }
}
