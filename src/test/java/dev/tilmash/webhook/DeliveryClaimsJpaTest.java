package dev.tilmash.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The claiming side of the outbox: SKIP LOCKED shares rows out, a lease keeps them, once. */
class DeliveryClaimsJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();
  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(2);

  @Test
  void shouldNeverClaimARowTwiceWhenTwoClaimersRunAtOnce() {
    queue(40, true);
    EntityManager first = db.entityManager();
    EntityManager second = db.entityManager();
    try {
      first.getTransaction().begin();
      second.getTransaction().begin();
      // the first claim holds its row locks while the second one claims: it skips them, no wait
      List<Attempt> one = claims(first).claim(NOW, 15, LEASE);
      List<Attempt> two = claims(second).claim(NOW, 15, LEASE);
      second.getTransaction().commit();
      first.getTransaction().commit();
      Set<String> claimed = new HashSet<>();
      one.forEach(a -> claimed.add(a.deliveryId()));
      two.forEach(a -> claimed.add(a.deliveryId()));
      assertEquals(15, one.size());
      assertEquals(15, two.size());
      assertEquals(30, claimed.size(), "no row in both claims");
    } finally {
      first.close();
      second.close();
    }
    assertEquals(10, db.call(em -> claims(em).claim(NOW, 50, LEASE)).size(), "the rest");
    assertEquals(0, db.call(em -> claims(em).claim(NOW, 50, LEASE)).size(), "all leased");
  }

  @Test
  void shouldClaimARowAgainOnlyWhenItsLeaseExpired() {
    queue(1, true);
    Attempt claimed = db.call(em -> claims(em).claim(NOW, 10, LEASE)).get(0);
    assertEquals(0, db.call(em -> claims(em).claim(NOW.plusSeconds(60), 10, LEASE)).size());
    List<Attempt> again =
        db.call(em -> claims(em).claim(NOW.plus(LEASE).plusSeconds(1), 10, LEASE));
    assertEquals(List.of(claimed.deliveryId()), again.stream().map(Attempt::deliveryId).toList());
    assertEquals(claimed.messageId(), again.get(0).messageId(), "the same webhook-id");
    int attempts = db.call(em -> em.find(WebhookDelivery.class, claimed.deliveryId()).attempts());
    assertEquals(2, attempts);
  }

  @Test
  void shouldLeaveTheDeliveriesOfADisabledEndpointWaiting() {
    queue(3, false);
    assertEquals(0, db.call(em -> claims(em).claim(NOW, 10, LEASE)).size());
  }

  @Test
  void shouldNotClaimARowBeforeItIsDue() {
    String id = queue(1, true).get(0);
    db.run(
        em ->
            em.find(WebhookDelivery.class, id)
                .retryAt(SendResult.unanswered(3, "no answer"), NOW.plusSeconds(5)));
    assertEquals(0, db.call(em -> claims(em).claim(NOW, 10, LEASE)).size());
    assertEquals(1, db.call(em -> claims(em).claim(NOW.plusSeconds(5), 10, LEASE)).size());
  }

  @Test
  void shouldSignWithBothSecretsDuringARotation() {
    queue(1, true);
    db.run(
        em -> {
          WebhookEndpoint endpoint =
              em.createQuery("select e from WebhookEndpoint e", WebhookEndpoint.class)
                  .getSingleResult();
          endpoint.rotate(WebhookSecret.generate(), Duration.ofHours(24), NOW.minusSeconds(10));
        });
    assertEquals(2, db.call(em -> claims(em).claim(NOW, 10, LEASE)).get(0).secrets().size());
  }

  private List<String> queue(int count, boolean enabled) {
    return db.call(
        em -> {
          WebhookEndpoint endpoint =
              Webhooks.endpoint(
                  em, java.util.EnumSet.allOf(WebhookEvent.class), List.of(), enabled);
          return IntStream.range(0, count)
              .mapToObj(
                  i -> {
                    WebhookDelivery delivery =
                        WebhookDelivery.message(
                            endpoint.id(),
                            "version.published",
                            "{\"n\":" + i + "}",
                            NOW.minusSeconds(count - i));
                    em.persist(delivery);
                    return delivery.id();
                  })
              .toList();
        });
  }

  static DeliveryClaims claims(EntityManager em) {
    DeliveryClaims claims = new DeliveryClaims();
    claims.em = em;
    return claims;
  }
}
