package dev.tilmash.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A receiver's {@code Retry-After} (RFC 9110: seconds, or an HTTP date), as a wait from now; at
 * most a day, so that a receiver cannot park a delivery for ever. Absent or unreadable: no wait.
 */
final class RetryAfter {
  static final Duration MAX = Duration.ofDays(1);

  private RetryAfter() {}

  static Duration parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    Duration wait;
    if (text.chars().allMatch(Character::isDigit)) {
      wait = text.length() > 9 ? MAX : Duration.ofSeconds(Long.parseLong(text));
    } else {
      try {
        Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        wait = at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
    return wait.compareTo(MAX) > 0 ? MAX : wait;
  }
}
