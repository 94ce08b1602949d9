package dev.tilmash.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.audit.AuditLogs;
import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What an attempt's outcome does to the delivery and to its endpoint. */
class DeliveryOutcomesJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();
  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private static final SendResult OK = new SendResult(204, 12, "", null, null);
  private static final SendResult ERROR = new SendResult(500, 30, "oops", null, "HTTP 500");

  private String endpoint;

  @BeforeEach
  void endpoint() {
    endpoint = db.call(em -> Webhooks.endpoint(em).id());
  }

  @Test
  void shouldMarkADeliveryDeliveredAndForgetEarlierFailures() {
    String id = claimedDelivery();
    record(id, ERROR);
    claim(NOW.plus(Duration.ofMinutes(1)));
    record(id, new SendResult(200, 8, "thanks", null, null));
    WebhookDelivery delivery = delivery(id);
    assertEquals(DeliveryStatus.DELIVERED, delivery.status());
    assertEquals(2, delivery.attempts());
    assertEquals(200, delivery.responseCode());
    assertEquals("thanks", delivery.responsePrefix());
    assertNull(delivery.leaseUntil());
    assertEquals(0, endpointRow().consecutiveFailures());
  }

  @Test
  void shouldRetryAFailureAfterTheScheduledWaitWithJitter() {
    String id = claimedDelivery();
    record(id, ERROR);
    WebhookDelivery delivery = delivery(id);
    assertEquals(DeliveryStatus.PENDING, delivery.status());
    long wait = Duration.between(NOW, delivery.nextAttemptAt()).toMillis();
    assertTrue(wait >= 4500 && wait <= 5500, () -> "waits " + wait);
    assertEquals(500, delivery.responseCode());
    assertEquals("oops", delivery.responsePrefix());
    assertNull(delivery.leaseUntil(), "claimable again when due");
  }

  @Test
  void shouldHonourALongerRetryAfter() {
    String id = claimedDelivery();
    record(id, new SendResult(503, 5, "", Duration.ofMinutes(3), "HTTP 503"));
    assertEquals(NOW.plus(Duration.ofMinutes(3)), delivery(id).nextAttemptAt());
  }

  @Test
  void shouldGiveUpWhenTheScheduleIsUsedUp() {
    String id = claimedDelivery();
    for (int attempt = 1; attempt <= 4; attempt++) {
      if (attempt > 1) {
        claim(NOW.plus(Duration.ofHours(attempt)));
      }
      record(id, ERROR);
    }
    assertEquals(DeliveryStatus.FAILED, delivery(id).status());
    assertEquals(4, delivery(id).attempts());
    assertNull(delivery(id).nextAttemptAt());
  }

  @Test
  void shouldDisableTheEndpointOnA410AndSaySoInTheAuditLog() {
    String id = claimedDelivery();
    record(id, new SendResult(410, 4, "gone", null, "HTTP 410"));
    assertEquals(DeliveryStatus.FAILED, delivery(id).status());
    assertFalse(endpointRow().enabled());
    assertTrue(endpointRow().disabledReason().contains("410"));
    assertEquals(1, webhookAuditLines().size());
    assertTrue(webhookAuditLines().get(0).contains(endpoint));
  }

  @Test
  void shouldDisableTheEndpointAfterTooManyFailuresInARow() {
    for (int i = 0; i < 5; i++) {
      record(claimedDelivery(), ERROR);
    }
    assertFalse(endpointRow().enabled());
    assertEquals(5, endpointRow().consecutiveFailures());
    assertTrue(endpointRow().disabledReason().contains("5 consecutive"));
    assertEquals(1, webhookAuditLines().size());
  }

  private String claimedDelivery() {
    String id =
        db.call(
            em -> {
              WebhookDelivery d = WebhookDelivery.message(endpoint, "version.published", "{}", NOW);
              em.persist(d);
              return d.id();
            });
    claim(NOW);
    return id;
  }

  private void claim(Instant at) {
    db.run(em -> DeliveryClaimsJpaTest.claims(em).claim(at, 50, Duration.ofMinutes(2)));
  }

  private void record(String id, SendResult result) {
    db.run(em -> outcomes(em).record(id, result, NOW));
  }

  private static DeliveryOutcomes outcomes(EntityManager em) {
    DeliveryOutcomes outcomes = new DeliveryOutcomes();
    outcomes.em = em;
    outcomes.settings = Webhooks.settings();
    outcomes.audit = AuditLogs.writingTo(em);
    return outcomes;
  }

  private WebhookDelivery delivery(String id) {
    return db.call(em -> em.find(WebhookDelivery.class, id));
  }

  private WebhookEndpoint endpointRow() {
    return db.call(em -> em.find(WebhookEndpoint.class, endpoint));
  }

  private List<String> webhookAuditLines() {
    return db.call(
        em ->
            em.createQuery(
                    "select a.detail from AuditEvent a where a.kind = dev.tilmash.audit.AuditKind.WEBHOOK",
                    String.class)
                .getResultList());
  }
}
