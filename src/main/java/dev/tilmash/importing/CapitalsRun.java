package dev.tilmash.importing;

import com.ibm.icu.lang.UCharacter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A breadcrumb written without separators that runs on into the headline in capitals: {@code Home
 * Economy Trade GRAIN EXPORTS TO CHINA DOUBLE}. The breadcrumb is one to six capitalised words in
 * small letters, the headline at least three words in capitals.
 *
 * @param breadcrumb the words before the capitals
 * @param title the capitals
 */
record CapitalsRun(String breadcrumb, String title) {
  private static final int MIN_TITLE_WORDS = 3;
  private static final int MAX_CRUMBS = 6;

  static Optional<CapitalsRun> at(String text, TextShape shape) {
    List<String> words = Arrays.asList(text.strip().split("\\s+"));
    int start = words.size();
    while (start > 0 && capitals(words.get(start - 1))) {
      start--;
    }
    List<String> crumbs = words.subList(0, start);
    List<String> capitals = words.subList(start, words.size());
    long titleWords = capitals.stream().filter(CapitalsRun::hasLetter).count();
    if (crumbs.isEmpty()
        || crumbs.size() > MAX_CRUMBS
        || titleWords < MIN_TITLE_WORDS
        || !crumbs.stream().allMatch(CapitalsRun::crumb)) {
      return Optional.empty();
    }
    String title = String.join(" ", capitals);
    if (!shape.headline(title)) {
      return Optional.empty();
    }
    return Optional.of(new CapitalsRun(String.join(" ", crumbs), title));
  }

  /** A word with no small letter (digits and dashes included). */
  private static boolean capitals(String word) {
    return word.codePoints().noneMatch(UCharacter::isULowercase);
  }

  /** A breadcrumb word: a capital, then small letters. */
  private static boolean crumb(String word) {
    int first = word.codePointAt(0);
    return UCharacter.isUUppercase(first)
        && word.codePoints().skip(1).anyMatch(UCharacter::isULowercase)
        && word.codePoints().allMatch(cp -> UCharacter.isLetter(cp) || cp == '-');
  }

  private static boolean hasLetter(String word) {
    return word.codePoints().anyMatch(UCharacter::isLetter);
  }
}
