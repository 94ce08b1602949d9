package dev.tilmash.release;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.WorkflowAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.hibernate.LockOptions;
import org.hibernate.jpa.SpecHints;

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
   * Claims a release for this scheduler and returns its due, still pending steps, locked; or none
   * when another scheduler (another instance, or an overlapping run) holds it or has run it. That
   * is what makes a step run once.
   *
   * <p>The claim is the row lock on the release's first due step. On PostgreSQL it is taken with
   * {@code FOR UPDATE SKIP LOCKED}, so an instance never waits for another: it finds the claim held
   * and moves on. H2's dialect emits no {@code SKIP LOCKED}, so there a second scheduler waits for
   * the claim and then finds the steps done. Only the holder of the claim locks the other steps, so
   * two schedulers never split a release between them, and never deadlock on it.
   */
  public List<ScheduledStep> lockDue(String releaseId, Instant now) {
    Long first =
        em.createQuery(
                "select min(s.id) from ScheduledStep s where s.releaseId = :release"
                    + " and s.state = :pending and s.dueAt <= :now",
                Long.class)
            .setParameter("release", releaseId)
            .setParameter("pending", StepState.PENDING)
            .setParameter("now", now)
            .getSingleResult();
    if (first == null || claim(first).isEmpty()) {
      return List.of();
    }
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

  /** The step, locked, if it is still pending and no other transaction holds its lock. */
  private List<ScheduledStep> claim(long stepId) {
    return em.createQuery(
            "select s from ScheduledStep s where s.id = :id and s.state = :pending",
            ScheduledStep.class)
        .setParameter("id", stepId)
        .setParameter("pending", StepState.PENDING)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
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
