package dev.tilmash.delivery;

import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link PublishedDates} for delivered summaries, remembered per language and day: building an ICU
 * date format for each hit cost more than finding it. The text depends only on the language and the
 * date in the newsroom's zone, so a remembered one is exactly what would be built again.
 */
final class PublicationDates {
  /** Years of publications in a handful of languages; beyond it, start over. */
  private static final int MAX_ENTRIES = 20_000;

  private static final Map<Key, String> TEXTS = new ConcurrentHashMap<>();

  private record Key(String language, ZoneId zone, LocalDate day) {}

  private PublicationDates() {}

  static String text(Instant at, String language, ZoneId zone) {
    Key key = new Key(language, zone, LocalDate.ofInstant(at, zone));
    String text = TEXTS.get(key);
    if (text == null) {
      if (TEXTS.size() >= MAX_ENTRIES) {
        TEXTS.clear();
      }
      text = PublishedDates.format(at, ULocale.forLanguageTag(language), zone);
      TEXTS.put(key, text);
    }
    return text;
  }
}
