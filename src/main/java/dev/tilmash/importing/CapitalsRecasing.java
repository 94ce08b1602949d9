package dev.tilmash.importing;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a headline set in capitals ({@code GRAIN EXPORTS TO CHINA DOUBLE}) in sentence case, the
 * way the article itself writes its words: a word keeps the spelling the body gives it most often
 * inside a sentence ({@code China}, {@code EU}, {@code trade}), a word the body does not have is
 * written small, and the first word starts with a capital. Case mapping is the language's ({@code
 * İ} in Turkish, Kazakh letters).
 */
final class CapitalsRecasing {
  private final ULocale locale;
  private final Map<String, Map<String, Integer>> spellings = new HashMap<>();

  /** Learns how {@code body} spells its words after the first of each sentence. */
  CapitalsRecasing(String body, TextShape shape) {
    this.locale = shape.locale();
    BreakIterator sentences = shape.sentenceBreaks();
    sentences.setText(body);
    int start = sentences.first();
    for (int end = sentences.next();
        end != BreakIterator.DONE;
        start = end, end = sentences.next()) {
      learn(body.substring(start, end));
    }
  }

  /** The headline in sentence case. */
  String recase(String capitals) {
    BreakIterator words = BreakIterator.getWordInstance(locale);
    words.setText(capitals);
    StringBuilder result = new StringBuilder();
    boolean first = true;
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      String segment = capitals.substring(start, end);
      if (words.getRuleStatus() < BreakIterator.WORD_NONE_LIMIT) {
        result.append(segment);
        continue;
      }
      String small = UCharacter.toLowerCase(locale, segment);
      String word = spelling(small);
      if (first && word.equals(small)) {
        int cp = word.codePointAt(0);
        word =
            UCharacter.toUpperCase(locale, new String(Character.toChars(cp)))
                + word.substring(Character.charCount(cp));
      }
      first = false;
      result.append(word);
    }
    return result.toString();
  }

  private String spelling(String small) {
    Map<String, Integer> seen = spellings.get(small);
    if (seen == null) {
      return small;
    }
    return seen.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(small);
  }

  private void learn(String sentence) {
    BreakIterator words = BreakIterator.getWordInstance(locale);
    words.setText(sentence);
    boolean first = true;
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      if (words.getRuleStatus() < BreakIterator.WORD_NONE_LIMIT) {
        continue;
      }
      String word = sentence.substring(start, end);
      String small = UCharacter.toLowerCase(locale, word);
      if (!first) {
        spellings.computeIfAbsent(small, key -> new HashMap<>()).merge(word, 1, Integer::sum);
      }
      first = false;
    }
  }
}
