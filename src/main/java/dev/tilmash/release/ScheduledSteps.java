package dev.tilmash.release;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.WorkflowAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Stored schedule steps and the queries the scheduler and the views need. */
@ApplicationScoped
public class ScheduledSteps {
  @PersistenceContext EntityManager em;

  public void add(ScheduledStep step) {
    em.persist(step);
  }

  /** Releases with a step that is due, oldest due first. */
  public List<String> dueReleases(Instant now, int limit) {
    return em.createQuery(
            "select s.releaseId from ScheduledStep s where s.state = :pending and s.dueAt <= :now"
                + " group by s.releaseId order by min(s.dueAt)",
            String.class)
        .setParameter("pending", StepState.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The due, still pending steps of a release, locked: a second scheduler (another instance, or an
   * overlapping run) waits here and then finds them done. That is what makes a step run once.
   */
  public List<ScheduledStep> lockDue(String releaseId, Instant now) {
    return em.createQuery(
            "select s from ScheduledStep s where s.releaseId = :release and s.state = :pending"
                + " and s.dueAt <= :now order by s.id",
            ScheduledStep.class)
        .setParameter("release", releaseId)
        .setParameter("pending", StepState.PENDING)
        .setParameter("now", now)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public List<ScheduledStep> pending(String releaseId) {
    return em.createQuery(
            "select s from ScheduledStep s where s.releaseId = :release and s.state = :pending",
            ScheduledStep.class)
        .setParameter("release", releaseId)
        .setParameter("pending", StepState.PENDING)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public List<ScheduledStep> pendingFor(LanguageVersion version, WorkflowAction action) {
    return em.createQuery(
            "select s from ScheduledStep s where s.version = :version and s.action = :action"
                + " and s.state = :pending",
            ScheduledStep.class)
        .setParameter("version", version)
        .setParameter("action", action)
        .setParameter("pending", StepState.PENDING)
        .getResultList();
  }

  public List<ScheduledStep> ofArticle(String articleId) {
    return em.createQuery(
            "select s from ScheduledStep s join fetch s.version where s.articleId = :article"
                + " order by s.createdAt desc, s.id",
            ScheduledStep.class)
        .setParameter("article", articleId)
        .getResultList();
  }
}
