package dev.tilmash.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: the delays after the first attempt, by default the
 * Standard Webhooks schedule {@code 5s,5m,30m,2h,5h,10h,10h} (configured as {@code
 * tilmash.webhooks.retry-schedule}), each spread by up to a tenth either way, so that the retries
 * of many deliveries that failed together do not all come back at the same second. A {@code
 * Retry-After} of the receiver is honoured when it asks for longer.
 */
record RetrySchedule(List<Duration> delays) {
  static final double JITTER = 0.1;

  RetrySchedule {
    delays = List.copyOf(delays);
  }

  /** Parses {@code 5s,5m,30m,2h}: numbers with the unit ms, s, m, h or d. */
  static RetrySchedule parse(String text) {
    List<Duration> delays = new ArrayList<>();
    for (String part : text.split(",")) {
      String item = part.strip().toLowerCase(Locale.ROOT);
      if (!item.isEmpty()) {
        delays.add(duration(item));
      }
    }
    return new RetrySchedule(delays);
  }

  private static Duration duration(String item) {
    int unitAt = 0;
    while (unitAt < item.length() && Character.isDigit(item.charAt(unitAt))) {
      unitAt++;
    }
    if (unitAt == 0 || unitAt > 9) {
      throw new IllegalArgumentException("Not a retry delay: " + item);
    }
    long amount = Long.parseLong(item.substring(0, unitAt));
    return switch (item.substring(unitAt)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      case "d" -> Duration.ofDays(amount);
      default -> throw new IllegalArgumentException("Not a retry delay: " + item);
    };
  }

  /**
   * The wait before the next attempt after {@code attempts} failed ones, or empty when the schedule
   * is used up and the delivery has failed for good.
   */
  Optional<Duration> next(int attempts, Duration retryAfter, RandomGenerator random) {
    if (attempts < 1 || attempts > delays.size()) {
      return Optional.empty();
    }
    Duration planned = delays.get(attempts - 1);
    double factor = 1 - JITTER + random.nextDouble() * 2 * JITTER;
    Duration jittered = Duration.ofMillis(Math.round(planned.toMillis() * factor));
    return Optional.of(
        retryAfter != null && retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered);
  }
}
