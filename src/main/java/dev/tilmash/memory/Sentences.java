package dev.tilmash.memory;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/** Splits a block into sentences with ICU's sentence break iterator for the block's language. */
final class Sentences {
  private Sentences() {}

  static List<String> of(String text, String language) {
    List<String> sentences = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return sentences;
    }
    BreakIterator iterator = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language));
    iterator.setText(text);
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      String sentence = text.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }
}
