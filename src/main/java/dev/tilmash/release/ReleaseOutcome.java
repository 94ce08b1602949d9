package dev.tilmash.release;

import dev.tilmash.article.LanguageVersion;
import java.time.Instant;

/**
 * A scheduled step of a release ran ({@code fired}) or could not run ({@code failure} says why).
 * Fired in the transaction that records it, once per step, so observers (webhooks) act on exactly
 * what commits.
 */
public record ReleaseOutcome(
    String releaseId, LanguageVersion version, boolean fired, String failure, Instant at) {}
