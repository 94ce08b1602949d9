package dev.tilmash.webhook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

/** What the outbox claims: due, pending rows of enabled endpoints, oldest first where kept. */
class DeliveryClaimQueryTest {

  @Test
  void shouldClaimOnlyDuePendingRowsOfEnabledEndpointsOldestFirst() {
    String sql = DeliveryClaims.claimQuery(new PostgreSQLDialect(DatabaseVersion.make(16)), 20);
    assertTrue(sql.contains("status = 'PENDING'"), sql);
    assertTrue(sql.contains("next_attempt_at <= ?1"), sql);
    assertTrue(sql.contains("(lease_until is null or lease_until < ?1)"), sql);
    assertTrue(sql.contains("select id from webhook_endpoint where enabled = true"), sql);
    assertTrue(
        sql.endsWith(" order by next_attempt_at fetch first 20 rows only for update skip locked"),
        sql);
  }
}
