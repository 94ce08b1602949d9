package dev.tilmash.memory;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text as the memory compares it: ICU NFKC with case folding (which also drops soft hyphens and
 * zero-width characters, and folds full-width forms), white space collapsed to single spaces, and
 * its words as ICU's word break iterator for the language finds them (Chinese by dictionary words).
 * Punctuation and spaces are not tokens: two sentences that differ only in punctuation have the
 * same tokens, though not the same {@link #key()}.
 */
record NormalizedText(String text, List<String> tokens) {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}+");

  NormalizedText {
    tokens = List.copyOf(tokens);
  }

  static NormalizedText of(String raw, String language) {
    String text = normalize(raw);
    return new NormalizedText(text, words(text, language));
  }

  /** NFKC, case folding, white space collapsed and trimmed. */
  static String normalize(String raw) {
    String folded = NFKC_CASEFOLD.normalize(raw == null ? "" : raw);
    return WHITE_SPACE.matcher(folded).replaceAll(" ").strip();
  }

  /** The SHA-256 of the normalized text: what exact lookups compare. */
  String key() {
    return sha256(text);
  }

  private static List<String> words(String text, String language) {
    List<String> words = new ArrayList<>();
    if (text.isEmpty()) {
      return words;
    }
    // A break iterator keeps its position, so every call gets its own (ICU clones a prototype).
    BreakIterator iterator = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
    iterator.setText(text);
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      if (iterator.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
        words.add(text.substring(start, end));
      }
    }
    return words;
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
