package dev.tilmash.language;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts words the way readers of each language see them, for {@code wordCount} and {@code
 * readingMinutes} in the delivery API.
 *
 * <p>Splitting on spaces would count a Chinese paragraph as one word; ICU's word break iterator
 * segments Chinese with its dictionary and tags each segment with a rule status, so punctuation and
 * whitespace ({@link BreakIterator#WORD_NONE}) are skipped and numbers, letters, kana and
 * ideographs count. A break iterator holds its position, so each call gets its own instance (ICU
 * clones a cached prototype, so this is cheap); the class itself has no state.
 */
public final class WordCounter {

  private WordCounter() {}

  /**
   * The number of words in {@code plainText} (markup already removed) for readers of {@code
   * locale}.
   */
  public static int countWords(String plainText, ULocale locale) {
    if (plainText == null || plainText.isEmpty()) {
      return 0;
    }
    BreakIterator words = BreakIterator.getWordInstance(locale == null ? ULocale.ROOT : locale);
    words.setText(plainText);
    int count = 0;
    words.first();
    for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
      if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
        count++;
      }
    }
    return count;
  }

  /** Minutes to read {@code words} at {@code wordsPerMinute}, rounded up, at least one. */
  public static int readingMinutes(int words, int wordsPerMinute) {
    if (wordsPerMinute <= 0) {
      throw new IllegalArgumentException("wordsPerMinute must be positive: " + wordsPerMinute);
    }
    if (words < 0) {
      throw new IllegalArgumentException("words must not be negative: " + words);
    }
    return Math.max(1, (words + wordsPerMinute - 1) / wordsPerMinute);
  }
}
