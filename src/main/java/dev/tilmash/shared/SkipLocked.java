package dev.tilmash.shared;

import jakarta.persistence.EntityManager;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The one way Tilmash claims rows that several instances compete for (due releases, webhook
 * deliveries): a native {@code select … for update skip locked}, so that a claimer takes rows that
 * nobody holds and never waits for another; a plain {@code for update} where the database cannot
 * skip, which is still correct, only serial.
 *
 * <p>PostgreSQL's dialect says it skips locked rows. Hibernate 6.6's H2 dialect says H2 does not,
 * but H2 2.3 (the version Tilmash runs on) does, with one catch that the outbox's JPA test shows:
 * with an {@code order by}, H2 cuts the row limit before it skips, so a second claimer finds
 * nothing. A limited claim on H2 is therefore unordered ({@link #limited}).
 */
public final class SkipLocked {
  private SkipLocked() {}

  /** {@code select} (its rows locked, those another transaction holds left out). */
  public static String claim(Dialect dialect, String select) {
    return select + lockClause(dialect);
  }

  /**
   * At most {@code limit} rows of {@code select}, in {@code order} where the database keeps the
   * limit after skipping (see the class comment), locked and skipping held rows.
   */
  public static String limited(Dialect dialect, String select, String order, int limit) {
    String rows = " fetch first " + Math.max(1, limit) + " rows only";
    String ordered = dialect instanceof H2Dialect ? "" : " order by " + order;
    return select + ordered + rows + lockClause(dialect);
  }

  static String lockClause(Dialect dialect) {
    if (dialect instanceof H2Dialect) {
      return dialect.getVersion().isSameOrAfter(2, 3)
          ? " for update skip locked"
          : dialect.getForUpdateString();
    }
    return dialect.supportsSkipLocked()
        ? dialect.getForUpdateSkipLockedString()
        : dialect.getForUpdateString();
  }

  /** The dialect of the database behind {@code em}. */
  public static Dialect dialect(EntityManager em) {
    return em.getEntityManagerFactory()
        .unwrap(SessionFactoryImplementor.class)
        .getJdbcServices()
        .getDialect();
  }
}
