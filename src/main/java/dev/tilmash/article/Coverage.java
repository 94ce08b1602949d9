package dev.tilmash.article;

import java.util.List;

/**
 * How far each language is with the articles: per language, how many are published (something is
 * live), in progress (a version exists, nothing live), missing (no version), archived, and how many
 * translations are outdated. Published, in progress, missing and archived add up to {@code
 * articles}; outdated counts among the first two.
 */
public record Coverage(long articles, List<LanguageCoverage> languages) {
  /** One language's figures. */
  public record LanguageCoverage(
      String language,
      long published,
      long inProgress,
      long missing,
      long archived,
      long outdated) {}
}
