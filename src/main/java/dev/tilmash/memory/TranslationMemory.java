package dev.tilmash.memory;

import java.util.List;
import java.util.Optional;

/**
 * Aligned segments of approved and published translations, looked up when a translator starts work:
 * an exact match fills a target, fuzzy matches are offered with their similarity.
 */
public interface TranslationMemory {

  /** A remembered segment pair and how similar its source is to the one looked up (0..1). */
  record Match(
      String sourceText,
      String targetText,
      double similarity,
      String articleId,
      String language,
      int revision) {}

  Optional<Match> exact(String sourceLanguage, String targetLanguage, String sourceText);

  /** Matches with at least {@code minimum} similarity, best first, at most {@code limit}. */
  List<Match> fuzzy(
      String sourceLanguage, String targetLanguage, String sourceText, double minimum, int limit);
}
