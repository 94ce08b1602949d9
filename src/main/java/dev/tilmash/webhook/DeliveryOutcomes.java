package dev.tilmash.webhook;

import dev.tilmash.audit.AuditKind;
import dev.tilmash.audit.AuditLog;
import dev.tilmash.audit.AuditSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Records what an attempt got, in a transaction of its own after the send: delivered; or due again
 * after the retry schedule's wait (longer if the receiver's {@code Retry-After} asks); or failed
 * for good. A 410 disables the endpoint at once, and so does the configured number of failures in a
 * row; the audit log says which endpoint and why.
 */
@ApplicationScoped
public class DeliveryOutcomes {
  static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;
  @Inject WebhookSettings settings;
  @Inject AuditLog audit;
  RandomGenerator random = RandomGenerator.getDefault();

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String deliveryId, SendResult result, Instant now) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    if (delivery == null) {
      return; // its endpoint was deleted while it was on its way
    }
    WebhookEndpoint endpoint =
        em.find(WebhookEndpoint.class, delivery.endpointId(), LockModeType.PESSIMISTIC_WRITE);
    if (result.succeeded()) {
      delivery.delivered(result);
      endpoint.succeeded();
      return;
    }
    if (result.gone()) {
      delivery.gaveUp(result);
      if (endpoint.enabled()) {
        endpoint.disable("the receiver answered 410 Gone");
        disabled(endpoint);
      }
      return;
    }
    Optional<Duration> wait =
        settings.schedule().next(delivery.attempts(), result.retryAfter(), random);
    if (wait.isPresent()) {
      delivery.retryAt(result, now.plus(wait.get()));
    } else {
      delivery.gaveUp(result);
    }
    if (endpoint.failed(settings.maxConsecutiveFailures())) {
      disabled(endpoint);
    }
  }

  private void disabled(WebhookEndpoint endpoint) {
    audit.record(
        SYSTEM,
        AuditKind.WEBHOOK,
        AuditSubject.version(null, null, null),
        "webhook "
            + endpoint.id()
            + " ("
            + endpoint.url()
            + ") disabled: "
            + endpoint.disabledReason());
  }
}
