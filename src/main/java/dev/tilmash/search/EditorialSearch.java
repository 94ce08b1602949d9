package dev.tilmash.search;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.TitleSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;

/**
 * The {@code q} of the editorial list: the articles one of whose versions has a working title that
 * matches, in any language, with each language's analysis (so {@code коридоры} finds {@code Средний
 * коридор}, {@code Ўзбекистон} finds {@code Oʻzbekiston}). Returns at most {@value
 * TitleSearch#MAX_ARTICLES} articles, the best matches first; the editorial list then applies its
 * other filters to them and keeps its own order.
 */
@ApplicationScoped
public class EditorialSearch implements TitleSearch {
  @PersistenceContext EntityManager em;
  @Inject SearchMetrics metrics;

  /** For code that runs outside the container, such as the JPA tests. */
  public static EditorialSearch using(EntityManager em) {
    EditorialSearch search = new EditorialSearch();
    search.em = em;
    return search;
  }

  @Override
  public List<String> articleIds(String q) {
    SearchText text = SearchText.of(q);
    return SearchMetrics.timed(metrics, SearchMetrics.Kind.EDITORIAL, () -> matching(text));
  }

  private List<String> matching(SearchText text) {
    return Search.session(em)
        .search(LanguageVersion.class)
        .select(f -> f.field(VersionDocumentBinder.ARTICLE_ID, String.class))
        .where(
            f ->
                text.in(f, List.of(TextField.WORKING_TITLE), EnumSet.allOf(LanguageAnalysis.class)))
        .fetchHits(MAX_ARTICLES * 5)
        .stream()
        .distinct()
        .limit(MAX_ARTICLES)
        .toList();
  }
}
