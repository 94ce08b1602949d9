package dev.tilmash.text;

import com.ibm.icu.util.ULocale;
import dev.tilmash.language.WordCounter;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** A body's words without markup: for search, for word counts, and for comparing texts. */
public final class PlainText {
  private static final Pattern LINE_SPACE = Pattern.compile("\\s+");

  private PlainText() {}

  /** The text of sanitized HTML, without markup. */
  public static String of(String safeHtml) {
    return Jsoup.parse(safeHtml).text();
  }

  /** How many words the body of sanitized HTML holds, counted the way its language counts. */
  public static int wordCount(String safeHtml, ULocale language) {
    return WordCounter.countWords(of(safeHtml), language);
  }

  /**
   * Runs of ASCII white space (line breaks among them) as one space, the ends trimmed; nothing else
   * changes (a no-break space in "10 млн" stays).
   */
  public static String collapse(String raw) {
    return LINE_SPACE.matcher(raw == null ? "" : raw).replaceAll(" ").strip();
  }
}
