package dev.tilmash.article;

import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The editorial list: articles that have a version matching all filters (language, state,
 * outdated), newest first. Outdated is derived in the query from the source version's newest major
 * published revision, never stored.
 */
@ApplicationScoped
public class EditorialQuery {
  private static final String OUTDATED =
      "(v.language <> a.sourceLanguage and exists (select s from LanguageVersion s"
          + " where s.article = a and s.language = a.sourceLanguage"
          + " and s.majorPublishedRevision > coalesce(v.basedOnSourceRevision, 0)))";

  @PersistenceContext EntityManager em;

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
      where.append(
          " and exists (select t from LanguageVersion t join t.working r"
              + " where t.article = a and lower(r.title) like :q escape '!')");
      params.put("q", "%" + escapeLike(filter.q().strip().toLowerCase(Locale.ROOT)) + "%");
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

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
