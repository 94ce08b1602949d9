package dev.tilmash.webhook;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * An endpoint's deliveries, newest first, and the two ways to send by hand: a redelivery of a
 * message (same {@code webhook-id}) and a test event ({@code webhook.ping}). Both go through the
 * outbox like any event, so they are retried and logged the same way.
 */
@ApplicationScoped
@Transactional
public class DeliveryLog {
  @PersistenceContext EntityManager em;
  @Inject WebhookService endpoints;
  @Inject Clock clock;
  @Inject Event<OutboxWritten> written;

  public Page<DeliveryView> deliveries(Actor actor, String endpointId, PageRequest page) {
    actor.require(Role.ADMIN);
    endpoints.endpoint(endpointId, false);
    long total =
        em.createQuery(
                "select count(d) from WebhookDelivery d where d.endpointId = :id", Long.class)
            .setParameter("id", endpointId)
            .getSingleResult();
    return new Page<>(
        em.createQuery(
                "select d from WebhookDelivery d where d.endpointId = :id"
                    + " order by d.createdAt desc, d.id",
                WebhookDelivery.class)
            .setParameter("id", endpointId)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(DeliveryView::of)
            .toList(),
        page.page(),
        page.size(),
        total);
  }

  public DeliveryView redeliver(Actor actor, String endpointId, String deliveryId) {
    actor.require(Role.ADMIN);
    WebhookEndpoint endpoint = enabled(endpointId);
    WebhookDelivery earlier = em.find(WebhookDelivery.class, deliveryId);
    if (earlier == null || !earlier.endpointId().equals(endpoint.id())) {
      throw new ProblemException(
          ProblemType.WEBHOOK_DELIVERY_NOT_FOUND, Map.of("id", endpointId, "delivery", deliveryId));
    }
    return queue(earlier.redelivery(clock.instant()));
  }

  public DeliveryView ping(Actor actor, String endpointId) {
    actor.require(Role.ADMIN);
    WebhookEndpoint endpoint = enabled(endpointId);
    Instant now = clock.instant();
    return queue(
        WebhookDelivery.message(
            endpoint.id(), WebhookEvent.PING, WebhookPayload.ping(now, endpoint.id()), now));
  }

  private WebhookEndpoint enabled(String endpointId) {
    WebhookEndpoint endpoint = endpoints.endpoint(endpointId, false);
    if (!endpoint.enabled()) {
      throw new ProblemException(ProblemType.WEBHOOK_DISABLED, Map.of("id", endpointId));
    }
    return endpoint;
  }

  private DeliveryView queue(WebhookDelivery delivery) {
    em.persist(delivery);
    written.fire(new OutboxWritten(1));
    return DeliveryView.of(delivery);
  }
}
