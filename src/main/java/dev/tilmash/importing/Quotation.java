package dev.tilmash.importing;

import java.util.Map;

/**
 * A line that is a quotation, such as a pull quote above an article: it opens with a quotation mark
 * ({@code "…"}, {@code “…”}, {@code «…»}, {@code „…“}, {@code 「…」}) and the quotation runs to its
 * end or is followed only by who said it. A headline that merely starts with a quoted name ({@code
 * «Казахтелеком» повысит тарифы}) is not a quotation.
 */
final class Quotation {
  private static final Map<Integer, String> CLOSING =
      Map.of(
          (int) '"', "\"",
          (int) '“', "”",
          (int) '”', "”",
          (int) '«', "»",
          (int) '„', "“”",
          (int) '‚', "‘’",
          (int) '‘', "’",
          (int) '「', "」",
          (int) '『', "』",
          (int) '‹', "›");
  private static final String TRAILING_PUNCTUATION = ".,;:!?…";
  private static final String SPEECH_END = ",.!?…";
  private static final String DASHES = "—–-";
  private static final int ATTRIBUTION_WORDS = 8;

  private Quotation() {}

  static boolean isQuote(String text) {
    String line = text.strip();
    if (line.isEmpty()) {
      return false;
    }
    String closers = CLOSING.get(line.codePointAt(0));
    if (closers == null) {
      return false;
    }
    int close = -1;
    for (char closer : closers.toCharArray()) {
      close = Math.max(close, line.lastIndexOf(closer));
    }
    if (close <= 0) {
      return false;
    }
    String quoted = line.substring(1, close).strip();
    String rest = line.substring(close + 1).strip();
    if (quoted.isEmpty()) {
      return false;
    }
    if (strip(rest, TRAILING_PUNCTUATION).isEmpty()) {
      return true;
    }
    boolean spoken = SPEECH_END.indexOf(quoted.charAt(quoted.length() - 1)) >= 0;
    boolean attributed = spoken || DASHES.indexOf(rest.charAt(0)) >= 0 || rest.charAt(0) == ',';
    return attributed && rest.split("\\s+").length <= ATTRIBUTION_WORDS;
  }

  private static String strip(String text, String characters) {
    int end = text.length();
    while (end > 0 && characters.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end).strip();
  }
}
