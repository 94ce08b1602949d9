package dev.tilmash.delivery;

import dev.tilmash.language.Language;
import dev.tilmash.search.SearchIndex;
import dev.tilmash.search.SearchWindow;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A delivery list sorted by title ({@code ?sort=title}): the live versions of one language in the
 * ICU collation order of that language, then newest first among equal titles. The {@link
 * SearchIndex} sorts on collation keys and cuts the page, so paging is exact without reading every
 * title, and gives the summaries from its stored fields. Titles of different languages do not
 * collate together, so {@code fallback=true} is refused; the index does not search tags or
 * sections, so {@code tag} and {@code section} are refused too. Not kept in the delivery cache: the
 * index answers it in about the time a cache would.
 */
@ApplicationScoped
public class TitleOrderedList {
  @Inject SearchIndex index;
  @Inject DeliveryRenderer renderer;
  private final Jsonb json = JsonbBuilder.create();

  public DeliveredList list(
      String lang,
      String acceptLanguage,
      boolean fallback,
      ListTerms terms,
      PageRequest page,
      URI base) {
    if (fallback) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", List.of("sort", "fallback")));
    }
    if (!terms.isEmpty()) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", List.of("sort", "tag", "section")));
    }
    SearchWindow.check(page);
    Language language = renderer.listLanguage(lang, acceptLanguage);
    Page<DeliveredSummary> listed =
        index
            .byTitle(language.tag(), page)
            .map(version -> DeliveredSummaries.of(version, renderer.summaryContext(base)));
    return new DeliveredList(json.toJson(listed).getBytes(StandardCharsets.UTF_8), language.tag());
  }
}
