package dev.tilmash.search;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.dsl.ElasticsearchSearchQueryOptionsStep;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchFetchable;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.query.dsl.SearchQuerySelectStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.search.loading.dsl.SearchLoadingOptionsStep;

/**
 * The {@link SearchIndex} on Hibernate Search. Full text: a title match weighs three times a body
 * match, a summary match twice, and the passages come from Lucene's unified highlighter (up to
 * three sentences per part). The index is updated as each transaction commits, so its {@code live}
 * field is what is published.
 */
@ApplicationScoped
@Transactional
public class LuceneSearchIndex implements SearchIndex {
  private static final String MARK = "<mark>";

  @PersistenceContext EntityManager em;
  @Inject SearchMetrics metrics;

  /** For code that runs outside the container, such as the JPA tests. */
  public static LuceneSearchIndex using(EntityManager em) {
    LuceneSearchIndex index = new LuceneSearchIndex();
    index.em = em;
    return index;
  }

  @Override
  public Page<IndexHit> published(SearchText text, List<String> languages, PageRequest page) {
    return SearchMetrics.timed(
        metrics, SearchMetrics.Kind.PUBLIC, () -> search(text, languages, page));
  }

  private Page<IndexHit> search(SearchText text, List<String> languages, PageRequest page) {
    Set<LanguageAnalysis> analyses = EnumSet.noneOf(LanguageAnalysis.class);
    languages.forEach(tag -> analyses.add(LanguageAnalysis.of(tag)));
    List<List<String>> highlighted = new ArrayList<>();
    TextField.PUBLISHED.forEach(part -> highlighted.add(part.names(analyses)));

    SearchResult<List<?>> result =
        sameCopies(
                versions()
                    .select(
                        f -> {
                          List<SearchProjection<?>> projections = new ArrayList<>();
                          projections.add(IndexedVersions.projection(f).toProjection());
                          highlighted.forEach(
                              names ->
                                  names.forEach(
                                      n -> projections.add(f.highlight(n).toProjection())));
                          return f.composite()
                              .from(projections.toArray(SearchProjection<?>[]::new))
                              .asList();
                        })
                    .where(
                        f ->
                            f.bool()
                                .must(text.in(f, TextField.PUBLISHED, analyses))
                                .filter(f.match().field(VersionDocumentBinder.LIVE).matching(true))
                                .filter(
                                    f.terms()
                                        .field(VersionDocumentBinder.LANGUAGE)
                                        .matchingAny(languages)))
                    .sort(f -> f.score().then().field(VersionDocumentBinder.PUBLISHED_AT).desc())
                    .highlighter(
                        h ->
                            h.unified()
                                .tag(MARK, "</mark>")
                                .encoder(HighlighterEncoder.HTML)
                                .numberOfFragments(3)))
            .fetch(page.offset(), page.size());

    List<IndexHit> hits = new ArrayList<>();
    for (List<?> hit : result.hits()) {
      hits.add(new IndexHit((IndexedVersion) hit.get(0), highlights(hit, highlighted)));
    }
    return new Page<>(hits, page.page(), page.size(), result.total().hitCount());
  }

  @Override
  public Page<IndexedVersion> byTitle(String language, PageRequest page) {
    SearchResult<IndexedVersion> result =
        Search.session(em)
            .search(LanguageVersion.class)
            .select(IndexedVersions::projection)
            .where(
                f ->
                    f.bool()
                        .filter(f.match().field(VersionDocumentBinder.LIVE).matching(true))
                        .filter(f.match().field(VersionDocumentBinder.LANGUAGE).matching(language)))
            .sort(
                f ->
                    f.field(VersionDocumentBinder.TITLE_KEY)
                        .asc()
                        .then()
                        .field(VersionDocumentBinder.PUBLISHED_AT)
                        .desc())
            .fetch(page.offset(), page.size());
    return new Page<>(result.hits(), page.page(), page.size(), result.total().hitCount());
  }

  /**
   * The query's first step; on OpenSearch with the Elasticsearch extension, for {@link
   * #sameCopies}.
   */
  private SearchQuerySelectStep<?, EntityReference, LanguageVersion, ?, ?, ?> versions() {
    SearchQuerySelectStep<?, EntityReference, LanguageVersion, SearchLoadingOptionsStep, ?, ?>
        select = Search.session(em).search(LanguageVersion.class);
    if (Search.mapping(em.getEntityManagerFactory()).backend() instanceof ElasticsearchBackend) {
      return select.extension(ElasticsearchExtension.get());
    }
    return select;
  }

  /**
   * On OpenSearch, the search goes to the shard copies that {@link OpenSearchIndexState} reads, so
   * that a remembered answer and the state it is kept under saw the same documents.
   */
  @SuppressWarnings("unchecked")
  private static <H> SearchFetchable<H> sameCopies(SearchQueryOptionsStep<?, H, ?, ?, ?> query) {
    if (query instanceof ElasticsearchSearchQueryOptionsStep<?, ?> elasticsearch) {
      return ((ElasticsearchSearchQueryOptionsStep<H, ?>) elasticsearch)
          .requestTransformer(
              request ->
                  request.parametersMap().put("preference", OpenSearchIndexState.PREFERENCE));
    }
    return query;
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
