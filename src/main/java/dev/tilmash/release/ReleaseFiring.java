package dev.tilmash.release;

import dev.tilmash.account.AccountService;
import dev.tilmash.account.Actor;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.audit.AuditKind;
import dev.tilmash.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Fires due releases, each in a transaction of its own: the workflow steps of all its languages and
 * the marking of its steps as done commit together, or nothing does.
 */
@ApplicationScoped
public class ReleaseFiring {
  @Inject ScheduledSteps steps;
  @Inject ArticleRepository articles;
  @Inject AccountService accounts;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Event<ReleaseOutcome> outcomes;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> dueReleases(int limit) {
    return steps.dueReleases(clock.instant(), limit);
  }

  /**
   * Takes the due steps of one release as the editor who scheduled them (their rights are checked
   * now, not only when they scheduled). Returns how many steps ran: none when another scheduler
   * already ran them.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int fire(String releaseId) {
    Instant now = clock.instant();
    List<ScheduledStep> due = steps.lockDue(releaseId, now);
    for (ScheduledStep step : due) {
      LanguageVersion version =
          articles.lockVersion(step.articleId(), step.version().language()).orElseThrow();
      Actor editor = accounts.actor(step.createdBy());
      articles.store(
          version.perform(
              step.action(), editor, "scheduled release " + releaseId, step.minor(), now));
      step.done(now);
      audit.record(
          step.createdBy(),
          AuditKind.SCHEDULED_STEP,
          ReleaseService.subject(step),
          step.action().id() + " ran (release " + releaseId + ")");
      announce(new ReleaseOutcome(releaseId, step.version(), true, null, now, step.dueAt()));
    }
    return due.size();
  }

  /** Marks the due steps of a release that could not run as failed, with the reason. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void fail(String releaseId, String reason) {
    Instant now = clock.instant();
    for (ScheduledStep step : steps.lockDue(releaseId, now)) {
      step.failed(now, reason);
      step.version().plan(step.action(), null);
      audit.record(
          step.createdBy(),
          AuditKind.SCHEDULED_STEP,
          ReleaseService.subject(step),
          step.action().id() + " failed (release " + releaseId + "): " + reason);
      announce(new ReleaseOutcome(releaseId, step.version(), false, reason, now, step.dueAt()));
    }
  }

  private void announce(ReleaseOutcome outcome) {
    if (outcomes != null) { // null only outside the container
      outcomes.fire(outcome);
    }
  }
}
