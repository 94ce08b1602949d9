package dev.tilmash.importing;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.regex.Pattern;

/**
 * What a line of an old page reads like, judged by its shape alone: length, words, sentences,
 * sentence punctuation and case. Words and sentences are ICU's for the page's language, so that the
 * same judgement holds for English, Russian, Kazakh and Chinese, and no phrase of any site is
 * listed anywhere.
 */
final class TextShape {
  /** Longer lines are text, never a headline. */
  static final int HEADLINE_CHARS = 200;

  /** A headline has at most this many words. */
  static final int HEADLINE_WORDS = 25;

  /** A section label ({@code TOP STORIES}, {@code Экономика}) has at most this many words. */
  static final int LABEL_WORDS = 3;

  /** A single sentence that ends with a full stop and has more words than this is text. */
  private static final int STATEMENT_WORDS = 8;

  private static final String CLOSERS = "\"'»”’“)\\]」』";
  private static final Pattern SENTENCE_END =
      Pattern.compile(".*[.!?…。！？][" + CLOSERS + "]*$", Pattern.DOTALL);
  private static final Pattern FULL_STOP_END =
      Pattern.compile(".*(?:[.…。]|\\.\\.\\.)[" + CLOSERS + "]*$", Pattern.DOTALL);

  private static final Pattern TERMINATORS = Pattern.compile("[.!?…。！？]");

  private final ULocale locale;
  private BreakIterator words;
  private BreakIterator sentences;

  TextShape(ULocale locale) {
    this.locale = locale == null ? ULocale.ROOT : locale;
  }

  ULocale locale() {
    return locale;
  }

  int words(String text) {
    if (words == null) {
      words = BreakIterator.getWordInstance(locale);
    }
    words.setText(text);
    int count = 0;
    words.first();
    for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
      if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
        count++;
      }
    }
    return count;
  }

  /** Sentences by ICU, with the language's abbreviations ({@code Mr.}, {@code Dr.}) suppressed. */
  BreakIterator sentenceBreaks() {
    ULocale withSuppressions = locale.setKeywordValue("ss", "standard");
    return BreakIterator.getSentenceInstance(withSuppressions);
  }

  int sentences(String text) {
    if (!TERMINATORS.matcher(text).find()) {
      return text.isBlank() ? 0 : 1;
    }
    if (sentences == null) {
      sentences = sentenceBreaks();
    }
    BreakIterator breaks = sentences;
    breaks.setText(text);
    int count = 0;
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      if (!text.substring(start, end).isBlank()) {
        count++;
      }
    }
    return count;
  }

  /** True when the text ends a sentence: a full stop, question or exclamation mark, ellipsis. */
  static boolean endsSentence(String text) {
    return SENTENCE_END.matcher(text.strip()).matches();
  }

  /** True when the text ends a sentence or holds more than one. */
  boolean hasSentencePunctuation(String text) {
    return endsSentence(text) || sentences(text) > 1;
  }

  /**
   * A paragraph of article text: it ends a sentence and holds several, or is one statement too long
   * for a headline (headlines do not end with a full stop).
   */
  boolean paragraph(String text) {
    if (!endsSentence(text)) {
      return false;
    }
    int words = words(text);
    boolean fullStop = FULL_STOP_END.matcher(text.strip()).matches();
    return sentences(text) > 1 || words > HEADLINE_WORDS || fullStop && words > STATEMENT_WORDS;
  }

  /** Reads like a headline: short, not a paragraph, not a quotation. */
  boolean headline(String text) {
    int words = words(text);
    return words > 0
        && words <= HEADLINE_WORDS
        && text.length() <= HEADLINE_CHARS
        && !paragraph(text)
        && !Quotation.isQuote(text);
  }

  /**
   * Reads like a section label or a site's name: a few words without sentence punctuation, in
   * capitals ({@code TOP STORIES}) or no more than two ({@code Экономика}, {@code Steppe Courier}).
   */
  boolean label(String text) {
    int words = words(text);
    return words > 0
        && words <= LABEL_WORDS
        && !hasSentencePunctuation(text)
        && (upperCase(text) || words <= 2);
  }

  /** True when the text has cased letters and all of them are capitals. */
  static boolean upperCase(String text) {
    int upper = 0;
    for (int cp : text.codePoints().toArray()) {
      if (UCharacter.isULowercase(cp)) {
        return false;
      }
      if (UCharacter.isUUppercase(cp)) {
        upper++;
      }
    }
    return upper >= 2;
  }

  /** True when the text's first letter is a small letter: the rest of a wrapped sentence. */
  static boolean startsLowerCase(String text) {
    return text.codePoints().filter(UCharacter::isLetter).findFirst().stream()
        .anyMatch(UCharacter::isULowercase);
  }
}
