package dev.tilmash.delivery;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

/** Publication dates as a reader of the language writes them, by ICU: {@code 22 ноября 2026 г.} */
public final class PublishedDates {
  private PublishedDates() {}

  public static String format(Instant at, ULocale locale, ZoneId zone) {
    DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale);
    format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
    return format.format(Date.from(at));
  }
}
