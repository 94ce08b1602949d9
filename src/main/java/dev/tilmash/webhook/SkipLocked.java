package dev.tilmash.webhook;

import jakarta.persistence.EntityManager;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The SQL of the outbox claim, decided by the database's dialect: {@code for update skip locked}
 * where the database has it, so that workers on several instances take different rows instead of
 * waiting for each other; a plain {@code for update} elsewhere, which is still correct, only
 * serial.
 *
 * <p>PostgreSQL's dialect says it skips locked rows; the claim takes the oldest due rows first.
 * Hibernate 6.6's H2 dialect says H2 does not, but H2 2.3 (the version Tilmash runs on) does, with
 * one catch that its JPA test shows: with an {@code order by} H2 cuts the row limit before it
 * skips, so a second claimer finds nothing. On H2 the claim is therefore unordered (deliveries
 * promise no order anyway; the retry schedule decides when a row is due).
 */
final class SkipLocked {
  private static final String DUE =
      "select id from webhook_delivery where status = 'PENDING'"
          + " and next_attempt_at <= ?1 and (lease_until is null or lease_until < ?1)"
          + " and endpoint_id in (select id from webhook_endpoint where enabled = true)";

  private SkipLocked() {}

  /** The claim's query: the ids of at most {@code limit} due rows, locked. */
  static String claim(Dialect dialect, int limit) {
    String rows = " fetch first " + Math.max(1, limit) + " rows only";
    if (dialect instanceof H2Dialect) {
      return DUE
          + rows
          + (dialect.getVersion().isSameOrAfter(2, 3)
              ? " for update skip locked"
              : dialect.getForUpdateString());
    }
    return DUE
        + " order by next_attempt_at"
        + rows
        + (dialect.supportsSkipLocked()
            ? dialect.getForUpdateSkipLockedString()
            : dialect.getForUpdateString());
  }

  static Dialect dialect(EntityManager em) {
    return em.getEntityManagerFactory()
        .unwrap(SessionFactoryImplementor.class)
        .getJdbcServices()
        .getDialect();
  }
}
