package dev.tilmash.article;

import dev.tilmash.vocabulary.TermKind;
import dev.tilmash.vocabulary.TermUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Counts the articles that carry a tag or are filed under a section, for the vocabulary. */
@ApplicationScoped
public class ArticleTermUsage implements TermUsage {
  @PersistenceContext EntityManager em;

  @Override
  public long articlesUsing(TermKind kind, String key) {
    String query =
        kind == TermKind.SECTION
            ? "select count(a) from Article a where a.section = :key"
            : "select count(distinct a) from Article a join a.tags t where t = :key";
    return em.createQuery(query, Long.class).setParameter("key", key).getSingleResult();
  }
}
