package dev.tilmash.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

/** Which claim query the outbox gets on each database. */
class SkipLockedTest {

  @Test
  void shouldSkipLockedRowsOnH2WithoutAnOrderThatWouldCutTheLimitFirst() {
    String sql = SkipLocked.claim(new H2Dialect(DatabaseVersion.make(2, 3, 232)), 50);
    assertTrue(sql.endsWith(" fetch first 50 rows only for update skip locked"), sql);
    assertFalse(sql.contains("order by"), sql);
  }

  @Test
  void shouldSkipLockedRowsOnPostgresOldestFirst() {
    String sql = SkipLocked.claim(new PostgreSQLDialect(DatabaseVersion.make(16)), 20);
    assertTrue(
        sql.endsWith(" order by next_attempt_at fetch first 20 rows only for update skip locked"),
        sql);
  }

  @Test
  void shouldLockPlainlyOnAnOlderH2() {
    String sql = SkipLocked.claim(new H2Dialect(DatabaseVersion.make(2, 1)), 50);
    assertTrue(sql.endsWith(" rows only for update"), sql);
  }

  @Test
  void shouldLockPlainlyWhereTheDatabaseCannotSkip() {
    Dialect withoutSkipLocked =
        new PostgreSQLDialect(DatabaseVersion.make(16)) {
          @Override
          public boolean supportsSkipLocked() {
            return false;
          }
        };
    String sql = SkipLocked.claim(withoutSkipLocked, 50);
    assertTrue(sql.endsWith(" rows only for update"), sql);
    assertFalse(sql.contains("skip"), sql);
  }

  @Test
  void shouldClaimOnlyDuePendingRowsOfEnabledEndpoints() {
    String sql = SkipLocked.claim(new PostgreSQLDialect(DatabaseVersion.make(16)), 1);
    assertTrue(sql.contains("status = 'PENDING'"), sql);
    assertTrue(sql.contains("next_attempt_at <= ?1"), sql);
    assertTrue(sql.contains("(lease_until is null or lease_until < ?1)"), sql);
    assertTrue(sql.contains("select id from webhook_endpoint where enabled = true"), sql);
  }
}
