package dev.tilmash.article;

import com.ibm.icu.util.ULocale;
import java.util.List;

/**
 * What changed from revision {@code from} to revision {@code to} of one language version, word by
 * word in each field; the body is compared as its Markdown source.
 */
public record RevisionDiff(int from, int to, String language, Fields fields) {

  /** The runs of each field; see {@link WordDiff}. */
  public record Fields(
      List<WordDiff.Run> title, List<WordDiff.Run> summary, List<WordDiff.Run> body) {}

  static RevisionDiff between(Revision from, Revision to, String language) {
    ULocale locale = ULocale.forLanguageTag(language);
    return new RevisionDiff(
        from.number(),
        to.number(),
        language,
        new Fields(
            WordDiff.between(from.title(), to.title(), locale),
            WordDiff.between(from.summary(), to.summary(), locale),
            WordDiff.between(from.body(), to.body(), locale)));
  }
}
