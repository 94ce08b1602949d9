package dev.tilmash.release;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.shared.SkipLocked;
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
   * Claims a release for this scheduler and returns its due, still pending steps, locked; or none
   * when another scheduler (another instance, or an overlapping run) holds it or has run it. That
   * is what makes a step run once.
   *
   * <p>The claim is the row lock on the release's first due step, taken the one way rows are
   * claimed ({@link SkipLocked}: {@code FOR UPDATE SKIP LOCKED} on PostgreSQL and H2 2.3), so an
   * instance never waits for another: it finds the claim held and moves on. Only the holder of the
   * claim locks the other steps, so two schedulers never split a release between them, and never
   * deadlock on it.
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
    if (first == null || !claim(first)) {
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

  /**
   * Whether the step is still pending and now locked by this transaction; false when another
   * transaction holds it (skipped, not waited for) or it has run.
   */
  private boolean claim(long stepId) {
    String select = "select id from scheduled_step where id = ?1 and state = 'PENDING'";
    return !em.createNativeQuery(SkipLocked.claim(SkipLocked.dialect(em), select))
        .setParameter(1, stepId)
        .getResultList()
        .isEmpty();
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
