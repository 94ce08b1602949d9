package dev.tilmash.search;

import dev.tilmash.delivery.DeliveredSummary;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

/**
 * Live language versions as delivery lists show them, with the URL client sites follow, read from
 * the fields {@link VersionDocumentBinder} stores: a list answered by the search index loads no
 * entity.
 */
final class PublishedSummaries {
  private PublishedSummaries() {}

  /** The summary of each hit; {@code zone} dates it, {@code base} resolves its URL. */
  static ProjectionFinalStep<DeliveredSummary> projection(
      SearchProjectionFactory<?, ?> f, ZoneId zone, URI base) {
    return f.composite()
        .from(
            f.field(VersionDocumentBinder.ARTICLE_ID, String.class).toProjection(),
            f.field(VersionDocumentBinder.LANGUAGE, String.class).toProjection(),
            f.field(VersionDocumentBinder.SLUG, String.class).toProjection(),
            f.field(VersionDocumentBinder.LIVE_TITLE, String.class).toProjection(),
            f.field(VersionDocumentBinder.LIVE_SUMMARY, String.class).toProjection(),
            f.field(VersionDocumentBinder.TAGS, String.class).multi().toProjection(),
            f.field(VersionDocumentBinder.PUBLISHED_AT, Instant.class).toProjection())
        .asList(
            values -> {
              @SuppressWarnings("unchecked")
              List<String> tags = (List<String>) values.get(5);
              return of(
                  (String) values.get(0),
                  (String) values.get(1),
                  (String) values.get(2),
                  (String) values.get(3),
                  (String) values.get(4),
                  tags,
                  (Instant) values.get(6),
                  zone,
                  base);
            });
  }

  static DeliveredSummary of(
      String id,
      String language,
      String slug,
      String title,
      String summary,
      List<String> tags,
      Instant publishedAt,
      ZoneId zone,
      URI base) {
    return new DeliveredSummary(
        id,
        language,
        false,
        title,
        summary,
        slug,
        tags.stream().sorted().toList(),
        publishedAt,
        publishedAt == null ? null : PublicationDates.text(publishedAt, language, zone),
        base.resolve("content/articles/" + slug + "?lang=" + language).toString());
  }
}
