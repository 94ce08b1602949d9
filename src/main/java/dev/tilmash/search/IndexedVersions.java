package dev.tilmash.search;

import java.time.Instant;
import java.util.List;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

/** Reads an {@link IndexedVersion} from the fields {@link VersionDocumentBinder} stores. */
final class IndexedVersions {
  private IndexedVersions() {}

  static ProjectionFinalStep<IndexedVersion> projection(SearchProjectionFactory<?, ?> f) {
    return f.composite()
        .from(
            f.field(VersionDocumentBinder.ARTICLE_ID, String.class).toProjection(),
            f.field(VersionDocumentBinder.LANGUAGE, String.class).toProjection(),
            f.field(VersionDocumentBinder.SLUG, String.class).toProjection(),
            f.field(VersionDocumentBinder.LIVE_TITLE, String.class).toProjection(),
            f.field(VersionDocumentBinder.LIVE_SUMMARY, String.class).toProjection(),
            f.field(VersionDocumentBinder.TAGS, String.class).multi().toProjection(),
            f.field(VersionDocumentBinder.PUBLISHED_AT, Instant.class).toProjection(),
            f.field(VersionDocumentBinder.SECTION, String.class).toProjection())
        .asList(
            values -> {
              @SuppressWarnings("unchecked")
              List<String> tags = (List<String>) values.get(5);
              return new IndexedVersion(
                  (String) values.get(0),
                  (String) values.get(1),
                  (String) values.get(2),
                  (String) values.get(3),
                  (String) values.get(4),
                  tags,
                  (String) values.get(7),
                  (Instant) values.get(6));
            });
  }
}
