package dev.tilmash.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** An audit log outside the container, for tests that store domain changes. */
public final class AuditLogs {
  private AuditLogs() {}

  public static AuditLog writingTo(EntityManager em) {
    AuditLog log = new AuditLog();
    log.em = em;
    log.clock = Clock.systemUTC();
    return log;
  }
}
