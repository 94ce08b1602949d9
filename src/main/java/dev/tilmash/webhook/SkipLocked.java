package dev.tilmash.webhook;

import jakarta.persistence.EntityManager;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The locking clause of the outbox claim, decided by the database's dialect: {@code for update skip
 * locked} where the database has it (PostgreSQL, H2 2.x), so that workers on several instances take
 * different rows instead of waiting for each other; a plain {@code for update} elsewhere, which is
 * still correct, only serial.
 */
final class SkipLocked {
  private SkipLocked() {}

  static String clause(Dialect dialect) {
    return dialect.supportsSkipLocked()
        ? dialect.getForUpdateSkipLockedString()
        : dialect.getForUpdateString();
  }

  static String clause(EntityManager em) {
    return clause(
        em.getEntityManagerFactory()
            .unwrap(SessionFactoryImplementor.class)
            .getJdbcServices()
            .getDialect());
  }
}
