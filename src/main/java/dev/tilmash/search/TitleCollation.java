package dev.tilmash.search;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Titles in the order readers of their language expect, by ICU collation with CLDR's rules: in
 * Kazakh {@code Ә} comes right after {@code А}, {@code Ғ} after {@code Г} and {@code І} after
 * {@code Ы}, where code point order would put {@code Ә} after {@code Я}.
 *
 * <p>The search index keeps each live title's collation key as a sortable field, hex-encoded so
 * that the index's plain byte order of the text is the collator's order; a page of a list sorted by
 * title is then cut by the index, not by sorting everything in memory. Keys compare only within one
 * language, which is why a title-sorted list is always a list in one language.
 */
public final class TitleCollation {
  private static final Map<String, Collator> COLLATORS = new ConcurrentHashMap<>();

  private TitleCollation() {}

  /** The sort key of a title in a language (canonical BCP 47 tag). */
  public static String key(String languageTag, String title) {
    return HexFormat.of().formatHex(collator(languageTag).getCollationKey(title).toByteArray());
  }

  /** The same order as a comparator, for tests and small lists. */
  public static Comparator<String> order(String languageTag) {
    Collator collator = collator(languageTag);
    return collator::compare;
  }

  /** Frozen collators are immutable and safe to share between threads. */
  private static Collator collator(String languageTag) {
    return COLLATORS.computeIfAbsent(
        languageTag, tag -> Collator.getInstance(ULocale.forLanguageTag(tag)).freeze());
  }
}
