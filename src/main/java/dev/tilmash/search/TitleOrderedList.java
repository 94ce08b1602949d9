package dev.tilmash.search;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.delivery.DeliveredList;
import dev.tilmash.delivery.DeliveredSummary;
import dev.tilmash.delivery.DeliveryRenderer;
import dev.tilmash.delivery.DeliverySettings;
import dev.tilmash.language.Language;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * A delivery list sorted by title ({@code ?sort=title}): the live versions of one language in the
 * ICU collation order of that language, then newest first among equal titles. The search index
 * sorts on {@link TitleCollation} keys and cuts the page, so paging is exact without reading every
 * title, and reads the summaries from the index ({@link PublishedSummaries}). Titles of different
 * languages do not collate together, so {@code fallback=true} is refused. Not kept in the delivery
 * cache: the index answers it in about the time a cache would.
 */
@ApplicationScoped
@Transactional
public class TitleOrderedList {
  @PersistenceContext EntityManager em;
  @Inject DeliveryRenderer renderer;
  @Inject DeliverySettings settings;
  private final Jsonb json = JsonbBuilder.create();

  public DeliveredList list(
      String lang, String acceptLanguage, boolean fallback, PageRequest page, URI base) {
    if (fallback) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", List.of("sort", "fallback")));
    }
    SearchWindow.check(page);
    Language language = renderer.listLanguage(lang, acceptLanguage);
    SearchResult<DeliveredSummary> result =
        Search.session(em)
            .search(LanguageVersion.class)
            .select(f -> PublishedSummaries.projection(f, settings.zone(), base))
            .where(
                f ->
                    f.bool()
                        .filter(f.match().field(VersionDocumentBinder.LIVE).matching(true))
                        .filter(
                            f.match()
                                .field(VersionDocumentBinder.LANGUAGE)
                                .matching(language.tag())))
            .sort(
                f ->
                    f.field(VersionDocumentBinder.TITLE_KEY)
                        .asc()
                        .then()
                        .field(VersionDocumentBinder.PUBLISHED_AT)
                        .desc())
            .fetch(page.offset(), page.size());
    Page<DeliveredSummary> listed =
        new Page<>(result.hits(), page.page(), page.size(), result.total().hitCount());
    return new DeliveredList(json.toJson(listed).getBytes(StandardCharsets.UTF_8), language.tag());
  }
}
