package dev.tilmash.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests move by hand, so that windows and idle times pass without waiting. */
final class MovableClock extends Clock {
  private Instant now = Instant.parse("2026-03-01T08:00:00Z");

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
    throw new UnsupportedOperationException("UTC only");
  }

  void advance(Duration by) {
    now = now.plus(by);
  }
}
