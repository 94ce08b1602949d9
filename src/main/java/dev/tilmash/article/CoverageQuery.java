package dev.tilmash.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts {@link Coverage} in two queries: the articles, and the versions grouped by language with
 * one conditional sum per figure (outdated as the editorial list derives it, {@link
 * EditorialQuery#OUTDATED}). Missing is what the versions do not account for: an article has at
 * most one version per language, and versions are never deleted. The cost is one pass over the
 * versions; {@link EditorialCache} remembers the answer until an article changes.
 */
@ApplicationScoped
public class CoverageQuery {
  private static final String COUNTS =
      "select v.language,"
          + " sum(case when v.state <> :archived and v.live is not null then 1 else 0 end),"
          + " sum(case when v.state <> :archived and v.live is null then 1 else 0 end),"
          + " sum(case when v.state = :archived then 1 else 0 end),"
          + " sum(case when v.state <> :archived and "
          + EditorialQuery.OUTDATED
          + " then 1 else 0 end)"
          + " from LanguageVersion v join v.article a group by v.language";

  @PersistenceContext EntityManager em;

  /** The figures of each of {@code languages}, in that order. */
  public Coverage count(List<String> languages) {
    long articles = em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    Map<String, Object[]> byLanguage = new HashMap<>();
    em.createQuery(COUNTS, Object[].class)
        .setParameter("archived", WorkflowState.ARCHIVED)
        .getResultList()
        .forEach(row -> byLanguage.put((String) row[0], row));
    return new Coverage(
        articles,
        languages.stream()
            .map(language -> figures(language, byLanguage.get(language), articles))
            .toList());
  }

  private static Coverage.LanguageCoverage figures(String language, Object[] row, long articles) {
    if (row == null) {
      return new Coverage.LanguageCoverage(language, 0, 0, articles, 0, 0);
    }
    long published = number(row[1]);
    long inProgress = number(row[2]);
    long archived = number(row[3]);
    return new Coverage.LanguageCoverage(
        language,
        published,
        inProgress,
        articles - published - inProgress - archived,
        archived,
        number(row[4]));
  }

  private static long number(Object sum) {
    return sum == null ? 0 : ((Number) sum).longValue();
  }
}
