package dev.tilmash.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox's figures for the metrics gauges, as the database counts them. */
class OutboxFiguresJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();
  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  @Test
  void shouldShowAnEmptyOutboxAsZeros() {
    assertEquals(OutboxFigures.Snapshot.NONE, read());
  }

  @Test
  void shouldCountPendingFailedAndDisabledAndAgeTheOldestPending() {
    db.run(
        em -> {
          String live = Webhooks.endpoint(em).id();
          String off =
              Webhooks.endpoint(em, EnumSet.allOf(WebhookEvent.class), List.of(), false).id();
          em.persist(message(live, NOW.minusSeconds(90)));
          em.persist(message(off, NOW.minusSeconds(30)));
          WebhookDelivery failed = message(live, NOW.minusSeconds(600));
          failed.gaveUp(new SendResult(500, 3, "", null, "HTTP 500"));
          em.persist(failed);
          WebhookDelivery delivered = message(live, NOW.minusSeconds(900));
          delivered.delivered(new SendResult(204, 3, "", null, null));
          em.persist(delivered);
        });

    OutboxFigures.Snapshot figures = read();
    assertEquals(2, figures.pending(), "a disabled endpoint's deliveries wait, and count");
    assertEquals(1, figures.failed());
    assertEquals(1, figures.disabledEndpoints());
    assertEquals(Duration.ofSeconds(90), figures.oldestPending(), "delivered and failed are done");
  }

  private static WebhookDelivery message(String endpoint, Instant at) {
    return WebhookDelivery.message(endpoint, "version.published", "{}", at);
  }

  private static OutboxFigures.Snapshot read() {
    return db.call(em -> figures(em).read(NOW));
  }

  private static OutboxFigures figures(EntityManager em) {
    OutboxFigures figures = new OutboxFigures();
    figures.em = em;
    return figures;
  }
}
