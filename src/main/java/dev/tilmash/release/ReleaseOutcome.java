package dev.tilmash.release;

import dev.tilmash.article.LanguageVersion;
import java.time.Duration;
import java.time.Instant;

/**
 * A scheduled step of a release ran ({@code fired}) or could not run ({@code failure} says why), at
 * {@code at}, having fallen due at {@code dueAt}. Fired in the transaction that records it, once
 * per step, so observers (webhooks) act on exactly what commits.
 */
public record ReleaseOutcome(
    String releaseId,
    LanguageVersion version,
    boolean fired,
    String failure,
    Instant at,
    Instant dueAt) {

  /** How late the step ran after it fell due; never negative. */
  public Duration lag() {
    Duration late = Duration.between(dueAt, at);
    return late.isNegative() ? Duration.ZERO : late;
  }
}
