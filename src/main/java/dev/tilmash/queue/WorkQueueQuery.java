package dev.tilmash.queue;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.article.WorkflowState;
import dev.tilmash.article.WorkflowTransition;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries behind the work queues: versions waiting for review, and versions that need a writer.
 * Outdated is derived as in the editorial list, from the newest major published revision of the
 * version each one follows (the source, or a derived version's sibling), never stored.
 */
@ApplicationScoped
public class WorkQueueQuery {
  /**
   * The version of the same article that each version follows, for its newest major published
   * revision: the source version, or for a derived version its sibling ({@link
   * LanguageVersion#basisLanguage}).
   */
  private static final String SOURCE =
      " left join LanguageVersion s on s.article = a"
          + " and s.language = coalesce(v.derivedFromLanguage, a.sourceLanguage)";

  /** {@link LanguageVersion#basisMajorRevision} in JPQL. */
  private static final String BASIS_MAJOR =
      "case when v.derivedFromLanguage is null then s.majorPublishedRevision"
          + " else s.newestMajorRevision end";

  /** {@link LanguageVersion#isOutdated} in JPQL: a translation based on an older source. */
  private static final String OUTDATED =
      "(v.language <> a.sourceLanguage and "
          + BASIS_MAJOR
          + " > coalesce(v.derivedFromRevision, v.basedOnSourceRevision, 0))";

  @PersistenceContext EntityManager em;

  /**
   * A version found, with the revision that tells whether it is outdated: the source's newest major
   * revision, or for a derived version its sibling's.
   */
  public record Found(LanguageVersion version, Integer sourceMajorRevision) {
    public boolean outdated() {
      return version.isOutdated(sourceMajorRevision);
    }
  }

  /** Versions in review, optionally of one language, the longest waiting first. */
  public Page<Found> inReview(String language, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    params.put("inReview", WorkflowState.IN_REVIEW);
    String where = " where v.state = :inReview";
    if (language != null) {
      where += " and v.language = :language";
      params.put("language", language);
    }
    return find(where, " order by coalesce(v.submittedAt, v.updatedAt), v.id", params, page);
  }

  /**
   * Versions with work for {@code username}: not archived, and in DRAFT or CHANGES_REQUESTED or
   * outdated; assigned to them or in one of {@code languages}. Those assigned to them come first,
   * then the ones untouched the longest.
   */
  public Page<Found> work(String username, Collection<String> languages, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    params.put("archived", WorkflowState.ARCHIVED);
    params.put("open", List.of(WorkflowState.DRAFT, WorkflowState.CHANGES_REQUESTED));
    params.put("me", username);
    String mine = "v.assignee = :me";
    if (!languages.isEmpty()) {
      mine = "(" + mine + " or v.language in :languages)";
      params.put("languages", languages);
    }
    String where =
        " where v.state <> :archived and (v.state in :open or " + OUTDATED + ") and " + mine;
    String order = " order by case when v.assignee = :me then 0 else 1 end, v.updatedAt, v.id";
    return find(where, order, params, page);
  }

  /** The newest request-changes step of each of these versions, by version id. */
  public Map<Long, WorkflowTransition> changeRequests(Collection<Long> versionIds) {
    Map<Long, WorkflowTransition> newest = new HashMap<>();
    if (versionIds.isEmpty()) {
      return newest;
    }
    em.createQuery(
            "select t.version.id, t from WorkflowTransition t"
                + " where t.version.id in :ids and t.action = :action order by t.at, t.id",
            Object[].class)
        .setParameter("ids", versionIds)
        .setParameter("action", WorkflowAction.REQUEST_CHANGES)
        .getResultList()
        .forEach(row -> newest.put((Long) row[0], (WorkflowTransition) row[1]));
    return newest;
  }

  private Page<Found> find(
      String where, String order, Map<String, Object> params, PageRequest page) {
    TypedQuery<Object[]> select =
        em.createQuery(
            "select v, "
                + BASIS_MAJOR
                + " from LanguageVersion v join fetch v.article a"
                + " join fetch v.working"
                + SOURCE
                + where
                + order,
            Object[].class);
    TypedQuery<Long> count =
        em.createQuery(
            "select count(v) from LanguageVersion v join v.article a" + SOURCE + where, Long.class);
    params.forEach(
        (name, value) -> {
          select.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<Found> found =
        select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
            .map(row -> new Found((LanguageVersion) row[0], (Integer) row[1]))
            .toList();
    return new Page<>(found, page.page(), page.size(), count.getSingleResult());
  }
}
