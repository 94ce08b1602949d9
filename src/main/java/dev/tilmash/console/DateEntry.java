package dev.tilmash.console;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;

/**
 * How a UI language writes a date in figures, from ICU's CLDR short date pattern, for the console's
 * date fields (the browser's own picker follows the operating system's language, not the
 * console's): {@code dmy} with {@code .} for Russian and Kazakh ({@code dd.MM.yy}), {@code mdy}
 * with {@code /} for English, {@code ymd} with {@code /} for Chinese.
 *
 * @param order the order of day, month and year: {@code dmy}, {@code mdy} or {@code ymd}
 * @param separator what stands between them
 */
public record DateEntry(String order, String separator) {

  public static DateEntry of(ULocale locale) {
    DateFormat format = DateFormat.getDateInstance(DateFormat.SHORT, locale);
    String pattern = format instanceof SimpleDateFormat simple ? simple.toPattern() : "y-MM-dd";
    return fromPattern(pattern);
  }

  /** The order and separator of an ICU date pattern ({@code dd.MM.yy}, {@code M/d/yy}). */
  static DateEntry fromPattern(String pattern) {
    StringBuilder order = new StringBuilder();
    String separator = null;
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && (c == 'd' || c == 'M' || c == 'L' || c == 'y')) {
        char field = c == 'd' ? 'd' : c == 'y' ? 'y' : 'm';
        if (order.indexOf(String.valueOf(field)) < 0) {
          order.append(field);
        }
      } else if (!quoted && order.length() == 1 && separator == null && !Character.isLetter(c)) {
        separator = String.valueOf(c).strip().isEmpty() ? " " : String.valueOf(c);
      }
    }
    String fields = order.toString();
    boolean known = fields.equals("dmy") || fields.equals("mdy") || fields.equals("ymd");
    return new DateEntry(known ? fields : "ymd", separator == null ? "-" : separator);
  }
}
