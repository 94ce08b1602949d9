package dev.tilmash.article;

import dev.tilmash.search.EditorialSearch;
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

/**
 * The editorial list: articles that have a version matching all filters (language, state,
 * outdated), newest first. Outdated is derived in the query from the newest major published
 * revision of the version each one follows (the source, or a derived version's sibling; see {@link
 * LanguageVersion#isOutdated}), never stored.
 *
 * <p>{@code q} is answered by the search index ({@link EditorialSearch}): the articles whose
 * working titles match, at most {@value EditorialSearch#MAX_ARTICLES} of them, are then filtered
 * here and keep this list's order.
 */
@ApplicationScoped
public class EditorialQuery {
  private static final String OUTDATED =
      "(v.language <> a.sourceLanguage and exists (select s from LanguageVersion s"
          + " where s.article = a"
          + " and s.language = coalesce(v.derivedFromLanguage, a.sourceLanguage)"
          + " and case when v.derivedFromLanguage is null then s.majorPublishedRevision"
          + " else s.newestMajorRevision end"
          + " > coalesce(v.derivedFromRevision, v.basedOnSourceRevision, 0)))";

  @PersistenceContext EntityManager em;
  @Inject EditorialSearch search;

  public Page<Article> find(EditorialFilter filter, PageRequest page) {
    StringBuilder where =
        new StringBuilder(" where exists (select v from LanguageVersion v where v.article = a");
    Map<String, Object> params = new HashMap<>();
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
    where.append(")");
    if (filter.q() != null && !filter.q().isBlank()) {
      List<String> matching = search().articleIds(filter.q());
      if (matching.isEmpty()) {
        return new Page<>(List.of(), page.page(), page.size(), 0);
      }
      where.append(" and a.id in :matching");
      params.put("matching", matching);
    }
    TypedQuery<Article> select =
        em.createQuery(
            "select a from Article a" + where + " order by a.createdAt desc, a.id", Article.class);
    TypedQuery<Long> count = em.createQuery("select count(a) from Article a" + where, Long.class);
    params.forEach(
        (name, value) -> {
          select.setParameter(name, value);
          count.setParameter(name, value);
        });
    return new Page<>(
        select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        page.page(),
        page.size(),
        count.getSingleResult());
  }

  /** Outside the container (the JPA tests) the search runs on the same entity manager. */
  private EditorialSearch search() {
    return search != null ? search : EditorialSearch.using(em);
  }
}
