package dev.tilmash.search;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.delivery.DeliveredSummary;
import dev.tilmash.delivery.DeliverySettings;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Full-text search over what is published: live versions only, in one language or in all of them,
 * ranked by relevance and then by recency, with highlighted passages (Lucene's unified highlighter:
 * up to three sentences per part). A title match weighs three times a body match, a summary match
 * twice.
 *
 * <p>Answered from the index alone: a result is what {@link VersionDocumentBinder} stored, read
 * through {@link PublishedSummaries}, so a search loads no entity and sends no SQL. The index is
 * updated as each transaction commits, so its {@code live} field is what is published.
 */
@ApplicationScoped
@Transactional
public class ContentSearch {
  private static final String MARK = "<mark>";

  @PersistenceContext EntityManager em;
  @Inject LanguageSet languages;
  @Inject DeliverySettings settings;

  /**
   * One page of published versions matching {@code q}; {@code lang} (resolved as delivery does, so
   * {@code uz-Latn} is {@code uz}) limits the search to one language, none searches all.
   */
  public Page<FoundArticle> search(String q, String lang, PageRequest page, URI base) {
    SearchText text = SearchText.of(q);
    SearchWindow.check(page);
    List<String> tags =
        lang == null || lang.isBlank() ? languages.tags() : List.of(languages.resolve(lang).tag());
    Set<LanguageAnalysis> analyses = EnumSet.noneOf(LanguageAnalysis.class);
    tags.forEach(tag -> analyses.add(LanguageAnalysis.of(tag)));
    List<List<String>> highlighted = new ArrayList<>();
    TextField.PUBLISHED.forEach(part -> highlighted.add(part.names(analyses)));

    SearchResult<List<?>> result =
        Search.session(em)
            .search(LanguageVersion.class)
            .select(
                f -> {
                  List<SearchProjection<?>> projections = new ArrayList<>();
                  projections.add(
                      PublishedSummaries.projection(f, settings.zone(), base).toProjection());
                  highlighted.forEach(
                      names -> names.forEach(n -> projections.add(f.highlight(n).toProjection())));
                  return f.composite()
                      .from(projections.toArray(SearchProjection<?>[]::new))
                      .asList();
                })
            .where(
                f ->
                    f.bool()
                        .must(text.in(f, TextField.PUBLISHED, analyses))
                        .filter(f.match().field(VersionDocumentBinder.LIVE).matching(true))
                        .filter(f.terms().field(VersionDocumentBinder.LANGUAGE).matchingAny(tags)))
            .sort(f -> f.score().then().field(VersionDocumentBinder.PUBLISHED_AT).desc())
            .highlighter(
                h ->
                    h.unified()
                        .tag(MARK, "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(3))
            .fetch(page.offset(), page.size());

    List<FoundArticle> items = new ArrayList<>();
    for (List<?> hit : result.hits()) {
      items.add(FoundArticle.of((DeliveredSummary) hit.get(0), highlights(hit, highlighted)));
    }
    return new Page<>(items, page.page(), page.size(), result.total().hitCount());
  }

  /**
   * Per part, the passages of the field that matched most words: the native field, or for Kazakh
   * and Uzbek the transliterated one when the query was in the other script.
   */
  private static Map<String, List<String>> highlights(List<?> hit, List<List<String>> fields) {
    Map<String, List<String>> highlights = new LinkedHashMap<>();
    int column = 1;
    for (int part = 0; part < fields.size(); part++) {
      List<String> best = List.of();
      for (int i = 0; i < fields.get(part).size(); i++, column++) {
        @SuppressWarnings("unchecked")
        List<String> passages = (List<String>) hit.get(column);
        if (marks(passages) > marks(best)) {
          best = passages;
        }
      }
      if (!best.isEmpty()) {
        highlights.put(TextField.PUBLISHED.get(part).label(), best);
      }
    }
    return highlights;
  }

  private static int marks(List<String> passages) {
    int marks = 0;
    for (String passage : passages) {
      for (int at = passage.indexOf(MARK); at >= 0; at = passage.indexOf(MARK, at + 1)) {
        marks++;
      }
    }
    return marks;
  }
}
