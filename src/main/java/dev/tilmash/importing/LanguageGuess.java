package dev.tilmash.importing;

/**
 * The language a text looks like it is written in, and how sure the guess is: from 0 (no idea) to
 * 1. The tag names the script where it matters ({@code zh-Hant}, {@code uz-Cyrl}); {@code und} when
 * the text has no letters.
 */
public record LanguageGuess(String tag, double confidence) {
  static final LanguageGuess NONE = new LanguageGuess("und", 0);
}
