package dev.tilmash.delivery;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.search.IndexedVersion;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The one way a published version becomes a {@link DeliveredSummary}, whether it was read from the
 * database (the newest-first lists) or from the search index (search results, the title-ordered
 * list): tags sorted, the date as a reader of the language writes it in {@code zone}, the URL from
 * {@link PublicLinks}.
 */
final class DeliveredSummaries {
  private DeliveredSummaries() {}

  /** A live version loaded with its live revision and article; {@code fallback} as listed. */
  static DeliveredSummary of(LanguageVersion v, boolean fallback, ZoneId zone, URI base) {
    return of(
        v.article().id(),
        v.language(),
        fallback,
        v.live().title(),
        v.live().summary(),
        v.slug(),
        v.article().tags(),
        v.publishedAt(),
        zone,
        base);
  }

  /** A version as the index stores it; the index answers in the language asked, never fallback. */
  static DeliveredSummary of(IndexedVersion v, ZoneId zone, URI base) {
    return of(
        v.articleId(),
        v.language(),
        false,
        v.title(),
        v.summary(),
        v.slug(),
        v.tags(),
        v.publishedAt(),
        zone,
        base);
  }

  private static DeliveredSummary of(
      String id,
      String language,
      boolean fallback,
      String title,
      String summary,
      String slug,
      List<String> tags,
      Instant publishedAt,
      ZoneId zone,
      URI base) {
    return new DeliveredSummary(
        id,
        language,
        fallback,
        title,
        summary,
        slug,
        tags.stream().sorted().toList(),
        publishedAt,
        publishedAt == null ? null : PublicationDates.text(publishedAt, language, zone),
        PublicLinks.article(base, slug, language));
  }
}
