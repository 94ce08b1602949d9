package dev.tilmash.language;

import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reader's {@code Accept-Language} header, reduced to what negotiation needs: the well-formed
 * tags in preference order and whether a {@code *} was present.
 *
 * <p>The header is untrusted input on a public, cacheable endpoint, so it never causes an error: a
 * malformed header, an over-long one, or entries that are not BCP 47 tags are ignored, and the
 * reader is treated as having expressed no preference. ICU's {@link LocalePriorityList} does the
 * q-value parsing and ordering (ties keep header order) and drops {@code q=0} entries; the q=0
 * entries are not remembered as vetoes, so a refused language can still be served as a fallback.
 *
 * @param tags canonical tags in preference order, at most {@link #MAX_ENTRIES}
 * @param wildcard whether the reader accepts any language ({@code *} with q &gt; 0)
 */
record AcceptLanguage(List<String> tags, boolean wildcard) {

  /** Real browsers send well under 200 characters; anything longer is not a preference. */
  static final int MAX_HEADER_LENGTH = 1024;

  static final int MAX_ENTRIES = 32;

  static final AcceptLanguage NONE = new AcceptLanguage(List.of(), false);

  AcceptLanguage {
    tags = List.copyOf(tags);
  }

  static AcceptLanguage parse(String header) {
    if (header == null || header.isBlank() || header.length() > MAX_HEADER_LENGTH) {
      return NONE;
    }
    Iterable<ULocale> entries;
    try {
      entries = LocalePriorityList.add(header).build();
    } catch (RuntimeException malformed) {
      return NONE;
    }
    List<String> tags = new ArrayList<>();
    boolean wildcard = false;
    int seen = 0;
    for (ULocale entry : entries) {
      if (++seen > MAX_ENTRIES) {
        break;
      }
      // getName() keeps the entry as written (";;;" stays garbage); toLanguageTag() would not.
      String name = entry.getName();
      if (name.equals("*")) {
        wildcard = true;
        continue;
      }
      Optional<String> tag = LanguageTags.tryCanonicalize(name);
      if (tag.isPresent() && !tags.contains(tag.get())) {
        tags.add(tag.get());
      }
    }
    return new AcceptLanguage(tags, wildcard);
  }

  /** No usable preference: header absent, empty, garbage, or only {@code *}. */
  boolean expressesNoPreference() {
    return tags.isEmpty();
  }

  /**
   * The header rewritten so that every HTTP layer can parse it: the usable tags in the reader's
   * order with descending q-values, then {@code *}; null when nothing is usable.
   */
  String normalized() {
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      entries.add(i == 0 ? tags.get(i) : tags.get(i) + ";q=0." + (99 - i));
    }
    if (wildcard) {
      entries.add("*;q=0.01");
    }
    return entries.isEmpty() ? null : String.join(", ", entries);
  }
}
