package dev.tilmash.delivery;

import dev.tilmash.vocabulary.LocalizedTerm;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One search result: a published language version as a delivery list shows it, plus {@code
 * highlights}: for {@code title}, {@code summary} and {@code body}, the passages that matched, HTML
 * escaped, with the matching words in {@code <mark>}; a part that did not match is left out.
 */
public record FoundArticle(
    String id,
    String language,
    boolean fallback,
    String title,
    String summary,
    String slug,
    List<LocalizedTerm> tags,
    LocalizedTerm section,
    Instant publishedAt,
    String publishedAtText,
    String url,
    Map<String, List<String>> highlights) {

  static FoundArticle of(DeliveredSummary summary, Map<String, List<String>> highlights) {
    return new FoundArticle(
        summary.id(),
        summary.language(),
        summary.fallback(),
        summary.title(),
        summary.summary(),
        summary.slug(),
        summary.tags(),
        summary.section(),
        summary.publishedAt(),
        summary.publishedAtText(),
        summary.url(),
        highlights);
  }
}
