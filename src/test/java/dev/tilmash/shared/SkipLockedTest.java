package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

/** Which claim SQL each database gets. */
class SkipLockedTest {
  private static final String SELECT = "select id from t where ready = true";
  private static final Dialect H2 = new H2Dialect(DatabaseVersion.make(2, 3, 232));
  private static final Dialect POSTGRES = new PostgreSQLDialect(DatabaseVersion.make(16));

  @Test
  void shouldSkipLockedRowsOnH2WithoutAnOrderThatWouldCutTheLimitFirst() {
    String sql = SkipLocked.limited(H2, SELECT, "due_at", 50);
    assertEquals(SELECT + " fetch first 50 rows only for update skip locked", sql);
  }

  @Test
  void shouldSkipLockedRowsOnPostgresInTheGivenOrder() {
    String sql = SkipLocked.limited(POSTGRES, SELECT, "due_at", 20);
    assertEquals(SELECT + " order by due_at fetch first 20 rows only for update skip locked", sql);
  }

  @Test
  void shouldClaimAnUnlimitedSelectWithSkipLockedOnBoth() {
    assertEquals(SELECT + " for update skip locked", SkipLocked.claim(H2, SELECT));
    assertEquals(SELECT + " for update skip locked", SkipLocked.claim(POSTGRES, SELECT));
  }

  @Test
  void shouldLockPlainlyOnAnOlderH2() {
    String sql = SkipLocked.limited(new H2Dialect(DatabaseVersion.make(2, 1)), SELECT, "x", 50);
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
    String sql = SkipLocked.claim(withoutSkipLocked, SELECT);
    assertTrue(sql.endsWith(" for update"), sql);
    assertFalse(sql.contains("skip"), sql);
  }

  @Test
  void shouldAskForAtLeastOneRow() {
    assertTrue(SkipLocked.limited(POSTGRES, SELECT, "x", 0).contains(" fetch first 1 rows only"));
  }
}
