package dev.tilmash.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates (RFC 9110, section 5.6.7): written as IMF-fixdate, read in its two older forms too.
 */
final class HttpDates {
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** Two-digit years are read as 1970 to 2069. */
  private static final DateTimeFormatter RFC_850 =
      new DateTimeFormatterBuilder()
          .appendPattern("EEEE, dd-MMM-")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
          .appendPattern(" HH:mm:ss 'GMT'")
          .toFormatter(Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private HttpDates() {}

  static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }

  /** The instant a client sent, or empty for anything that is not an HTTP date. */
  static Optional<Instant> parse(String value) {
    if (value == null || value.length() > 64) {
      return Optional.empty();
    }
    for (DateTimeFormatter format : new DateTimeFormatter[] {IMF_FIXDATE, RFC_850, ASCTIME}) {
      try {
        return Optional.of(Instant.from(format.parse(value.trim())));
      } catch (DateTimeParseException notThisForm) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
