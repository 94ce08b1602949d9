package dev.tilmash.importing;

import com.ibm.icu.text.BreakIterator;

/**
 * A title made from a paragraph, for a page that has no title line: the paragraph's first sentence
 * (ICU's sentence break for the page's language), without its full stop, and when longer than
 * {@value #MAX} characters cut after the last whole word that fits, with an ellipsis.
 */
final class DerivedTitle {
  static final int MAX = 120;
  private static final String CUT_PUNCTUATION = ",;:—–-(«“\"„ ";

  private DerivedTitle() {}

  static String from(String paragraph, TextShape shape) {
    String text = paragraph.strip().replaceAll("\\s+", " ");
    BreakIterator sentences = shape.sentenceBreaks();
    sentences.setText(text);
    int end = sentences.following(0);
    String sentence = text.substring(0, end == BreakIterator.DONE ? text.length() : end).strip();
    if (sentence.length() <= MAX) {
      return sentence.endsWith(".") && !sentence.endsWith("..")
          ? sentence.substring(0, sentence.length() - 1)
          : sentence;
    }
    return cut(sentence, shape) + "…";
  }

  private static String cut(String sentence, TextShape shape) {
    BreakIterator words = BreakIterator.getWordInstance(shape.locale());
    words.setText(sentence);
    int cut = 0;
    words.first();
    for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
      if (end > MAX - 1) {
        break;
      }
      if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
        cut = end;
      }
    }
    String kept = sentence.substring(0, cut == 0 ? MAX - 1 : cut);
    int last = kept.length();
    while (last > 0 && CUT_PUNCTUATION.indexOf(kept.charAt(last - 1)) >= 0) {
      last--;
    }
    return kept.substring(0, last);
  }
}
