package dev.tilmash.article;

import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;

/** The revisions of one language version: a page of them, newest first, or one by its number. */
@ApplicationScoped
public class RevisionQuery {
  @PersistenceContext EntityManager em;

  public Page<Revision> newestFirst(LanguageVersion version, PageRequest page) {
    var items =
        em.createQuery(
                "select r from Revision r where r.version = :v order by r.number desc",
                Revision.class)
            .setParameter("v", version)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    Long total =
        em.createQuery("select count(r) from Revision r where r.version = :v", Long.class)
            .setParameter("v", version)
            .getSingleResult();
    return new Page<>(items, page.page(), page.size(), total);
  }

  public Optional<Revision> number(LanguageVersion version, int number) {
    return em.createQuery(
            "select r from Revision r where r.version = :v and r.number = :n", Revision.class)
        .setParameter("v", version)
        .setParameter("n", number)
        .getResultStream()
        .findFirst();
  }

  /** Revision {@code number} of the version, or a 404 {@code revision-not-found}. */
  public Revision require(LanguageVersion version, int number) {
    return number(version, number)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.REVISION_NOT_FOUND,
                    Map.of(
                        "id", version.article().id(),
                        "language", version.language(),
                        "revision", number)));
  }
}
