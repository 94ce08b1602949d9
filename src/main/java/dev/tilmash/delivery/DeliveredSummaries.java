package dev.tilmash.delivery;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.search.IndexedVersion;
import dev.tilmash.vocabulary.Vocabulary;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The one way a published version becomes a {@link DeliveredSummary}, whether it was read from the
 * database (the newest-first lists) or from the search index (search results, the title-ordered
 * list): tags sorted by key and, with the section, labelled in the version's language by the {@link
 * Vocabulary}, the date as a reader of the language writes it in {@code zone}, the URL from {@link
 * PublicLinks}.
 */
final class DeliveredSummaries {
  private DeliveredSummaries() {}

  /** How a summary is written: the zone of its dates, the base of its URL, the vocabulary. */
  record Context(ZoneId zone, URI base, Vocabulary vocabulary) {}

  /** A live version loaded with its live revision and article; {@code fallback} as listed. */
  static DeliveredSummary of(LanguageVersion v, boolean fallback, Context context) {
    return of(
        v.article().id(),
        v.language(),
        fallback,
        v.live().title(),
        v.live().summary(),
        v.slug(),
        v.article().tags(),
        v.article().section(),
        v.publishedAt(),
        context);
  }

  /** A version as the index stores it; the index answers in the language asked, never fallback. */
  static DeliveredSummary of(IndexedVersion v, Context context) {
    return of(
        v.articleId(),
        v.language(),
        false,
        v.title(),
        v.summary(),
        v.slug(),
        v.tags(),
        v.section(),
        v.publishedAt(),
        context);
  }

  private static DeliveredSummary of(
      String id,
      String language,
      boolean fallback,
      String title,
      String summary,
      String slug,
      List<String> tags,
      String section,
      Instant publishedAt,
      Context context) {
    return new DeliveredSummary(
        id,
        language,
        fallback,
        title,
        summary,
        slug,
        context.vocabulary().tags(tags, language),
        context.vocabulary().section(section, language),
        publishedAt,
        publishedAt == null ? null : PublicationDates.text(publishedAt, language, context.zone()),
        PublicLinks.article(context.base(), slug, language));
  }
}
