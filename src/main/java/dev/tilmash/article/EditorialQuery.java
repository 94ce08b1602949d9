package dev.tilmash.article;

import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.hibernate.jpa.HibernateHints;

/**
 * The editorial list: articles that have a version matching all filters (language, state,
 * outdated), newest first, then by id. Outdated is derived in the query from the newest major
 * published revision of the version each one follows (the source, or a derived version's sibling;
 * see {@link LanguageVersion#isOutdated}), never stored.
 *
 * <p>{@code q} is answered by the search index, asked through {@link TitleSearch}: the articles
 * whose working titles match, at most {@value TitleSearch#MAX_ARTICLES} of them, are then filtered
 * here and keep this list's order.
 *
 * <p>Cost: the total is counted first, from the index on the versions' language and state when a
 * language is given (an article has at most one version per language, so versions and articles
 * count the same). A page of a large result walks the articles' {@code created_at} index (V6)
 * newest first and stops after the page; a small result (a rare state, a search) is read from the
 * versions' index and sorted, so that a page of it never walks every article.
 */
@ApplicationScoped
public class EditorialQuery {
  /**
   * Up to this many matches, a page is sorted from the matches; above it, the {@code created_at}
   * index is walked: with at least this many matches among N articles, the first page walks about
   * {@code 20 * N / total} of them.
   */
  static final long SORT_AT_MOST = 2000;

  static final String OUTDATED =
      "(v.language <> a.sourceLanguage and exists (select s from LanguageVersion s"
          + " where s.article = a"
          + " and s.language = coalesce(v.derivedFromLanguage, a.sourceLanguage)"
          + " and case when v.derivedFromLanguage is null then s.majorPublishedRevision"
          + " else s.newestMajorRevision end"
          + " > coalesce(v.derivedFromRevision, v.basedOnSourceRevision, 0)))";

  private static final String ORDER = " order by a.createdAt desc, a.id";

  @PersistenceContext EntityManager em;
  @Inject TitleSearch search;
  @Inject EditorialCache cache;

  /** {@link #SORT_AT_MOST}; the tests move it to run both ways of reading a page. */
  long sortAtMost = SORT_AT_MOST;

  public Page<Article> find(EditorialFilter filter, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    String matching = "";
    if (filter.q() != null && !filter.q().isBlank()) {
      List<String> ids = search.articleIds(filter.q());
      if (ids.isEmpty()) {
        return new Page<>(List.of(), page.page(), page.size(), 0);
      }
      matching = " and a.id in :matching";
      params.put("matching", ids);
    }
    String version = versionConditions(filter, params);
    long total;
    String select;
    if (filter.language() != null) {
      String from = " from LanguageVersion v join v.article a where" + version + matching;
      // One version per article and language: counting the versions counts the articles. Without
      // the outdated filter the count needs no article, so it reads only the versions' index.
      String counted =
          filter.outdated() != null
              ? from
              : " from LanguageVersion v where"
                  + version
                  + matching.replace("a.id", "v.article.id");
      total = count("select count(v)" + counted, params);
      select =
          total <= sortAtMost
              ? "select a" + from + ORDER
              : "select a from Article a where exists (select v from LanguageVersion v"
                  + " where v.article = a and"
                  + version
                  + ")"
                  + matching
                  + ORDER;
    } else if (version.isEmpty()) {
      // every article is created with its source version, and versions are never deleted
      String where = matching.isEmpty() ? "" : " where" + matching.substring(" and".length());
      total = count("select count(a) from Article a" + where, params);
      select = "select a from Article a" + where + ORDER;
    } else {
      String where =
          " where exists (select v from LanguageVersion v where v.article = a and"
              + version
              + ")"
              + matching;
      total = count("select count(a) from Article a" + where, params);
      select = "select a from Article a" + where + ORDER;
    }
    if (page.offset() >= total) {
      return new Page<>(List.of(), page.page(), page.size(), total);
    }
    List<Article> items =
        query(select, Article.class, params)
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** The conditions on one version {@code v} of article {@code a}, each after an " and". */
  private static String versionConditions(EditorialFilter filter, Map<String, Object> params) {
    StringBuilder where = new StringBuilder();
    if (filter.language() != null) {
      where.append(" and v.language = :language");
      params.put("language", filter.language());
    }
    if (filter.state() != null) {
      where.append(" and v.state = :state");
      params.put("state", filter.state());
    }
    if (filter.outdated() != null) {
      where.append(filter.outdated() ? " and " : " and not ").append(OUTDATED);
    }
    return where.isEmpty() ? "" : where.substring(" and".length());
  }

  /** A total, from {@link EditorialCache} in the container, counted at once outside it. */
  private long count(String jpql, Map<String, Object> params) {
    LongSupplier count = () -> query(jpql, Long.class, params).getSingleResult();
    return cache != null ? cache.count(jpql, params, count) : count.getAsLong();
  }

  private <T> TypedQuery<T> query(String jpql, Class<T> type, Map<String, Object> params) {
    TypedQuery<T> query = em.createQuery(jpql, type);
    params.forEach(query::setParameter);
    return query;
  }
}
