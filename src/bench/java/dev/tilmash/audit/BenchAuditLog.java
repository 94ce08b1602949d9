package dev.tilmash.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's {@link AuditLog} outside the container, for the benchmark dataset builder: it
 * writes to the builder's entity manager, and its clock shows the time of the workflow step being
 * recorded, so the audit log of a generated article reads like that of a real one.
 */
public final class BenchAuditLog {
  private BenchAuditLog() {}

  /** A clock the builder moves to each step's time before the step is stored. */
  public static final class StepClock extends Clock {
    private Instant now = Instant.EPOCH;

    public void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  public static AuditLog writingTo(EntityManager em, Clock clock) {
    AuditLog log = new AuditLog();
    log.em = em;
    log.clock = clock;
    return log;
  }
}
