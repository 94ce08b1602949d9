package dev.tilmash.release;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.HistoryView;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.ReleaseScheduler;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.audit.AuditKind;
import dev.tilmash.audit.AuditLog;
import dev.tilmash.audit.AuditSubject;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Releases: one or more languages of an article published together, now or at a time, and
 * optionally unpublished at the end of an embargo. Everything is checked when the release is made,
 * so an editor learns at once that a version is not approved; the steps are stored, so a restart
 * loses none.
 */
@ApplicationScoped
@Transactional
public class ReleaseService implements ReleaseScheduler {
  @Inject ArticleRepository articles;
  @Inject LanguageSet languages;
  @Inject ScheduledSteps steps;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public ReleaseView release(Actor actor, String articleId, ReleaseInput input) {
    String releaseId =
        plan(
            actor,
            articleId,
            input.languages(),
            WorkflowAction.PUBLISH,
            input.publishAt(),
            input.unpublishAt(),
            Boolean.TRUE.equals(input.minor()));
    return view(articleId, releaseId);
  }

  @Override
  public void schedule(
      Actor actor,
      String articleId,
      List<String> languageTags,
      WorkflowAction action,
      Instant publishAt,
      Instant unpublishAt,
      boolean minor) {
    plan(actor, articleId, languageTags, action, publishAt, unpublishAt, minor);
  }

  @Override
  public List<HistoryView.Scheduled> scheduled(LanguageVersion version) {
    return steps.ofArticle(version.article().id()).stream()
        .filter(s -> s.version().id().equals(version.id()))
        .map(
            s ->
                new HistoryView.Scheduled(
                    s.releaseId(),
                    s.action().id(),
                    s.dueAt(),
                    s.state().name(),
                    s.createdBy(),
                    s.createdAt(),
                    s.firedAt(),
                    s.failure()))
        .toList();
  }

  public List<ReleaseView> list(String articleId) {
    articles.requireArticle(articleId);
    Map<String, List<ScheduledStep>> byRelease =
        steps.ofArticle(articleId).stream()
            .collect(
                Collectors.groupingBy(
                    ScheduledStep::releaseId, LinkedHashMap::new, Collectors.toList()));
    List<ReleaseView> views = new ArrayList<>();
    byRelease.forEach(
        (id, group) ->
            views.add(
                new ReleaseView(id, articleId, group.stream().map(ReleaseView.Step::of).toList())));
    return views;
  }

  /** Cancels the steps of a release that have not run yet. */
  public ReleaseView cancel(Actor actor, String articleId, String releaseId) {
    actor.require(Role.EDITOR);
    Instant now = clock.instant();
    List<ScheduledStep> pending =
        steps.pending(releaseId).stream().filter(s -> s.articleId().equals(articleId)).toList();
    if (pending.isEmpty()) {
      throw new ProblemException(ProblemType.NOT_FOUND, Map.of("release", releaseId));
    }
    pending.forEach(step -> cancel(step, actor.username(), now));
    return view(articleId, releaseId);
  }

  private String plan(
      Actor actor,
      String articleId,
      List<String> languageTags,
      WorkflowAction action,
      Instant publishAt,
      Instant unpublishAt,
      boolean minor) {
    actor.require(Role.EDITOR);
    Instant now = clock.instant();
    boolean publishing = action == WorkflowAction.PUBLISH;
    Instant start = publishing && publishAt != null && publishAt.isAfter(now) ? publishAt : null;
    if (!publishing && unpublishAt == null
        || unpublishAt != null
            && (!unpublishAt.isAfter(now) || start != null && !unpublishAt.isAfter(start))) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", List.of("unpublishAt")));
    }
    List<LanguageVersion> versions = lockAll(articleId, languageTags);
    for (LanguageVersion version : versions) {
      if (publishing) {
        version.requireStep(WorkflowAction.PUBLISH, actor);
      } else if (version.live() == null && version.scheduledPublishAt() == null) {
        version.requireStep(WorkflowAction.UNPUBLISH, actor);
      }
    }
    String releaseId = UUID.randomUUID().toString();
    for (LanguageVersion version : versions) {
      if (publishing) {
        replacePending(version, WorkflowAction.PUBLISH, actor.username(), now);
        if (start == null) {
          articles.store(version.perform(WorkflowAction.PUBLISH, actor, null, minor, now));
        } else {
          add(
              new ScheduledStep(
                  releaseId, version, WorkflowAction.PUBLISH, start, minor, actor.username(), now));
        }
      }
      if (unpublishAt != null) {
        replacePending(version, WorkflowAction.UNPUBLISH, actor.username(), now);
        add(
            new ScheduledStep(
                releaseId,
                version,
                WorkflowAction.UNPUBLISH,
                unpublishAt,
                false,
                actor.username(),
                now));
      }
    }
    return releaseId;
  }

  private List<LanguageVersion> lockAll(String articleId, List<String> languageTags) {
    articles.requireArticle(articleId);
    return languageTags.stream()
        .map(tag -> languages.requireInBody("languages", tag).tag())
        .distinct()
        .map(tag -> articles.requireLockedVersion(articleId, tag))
        .toList();
  }

  private void add(ScheduledStep step) {
    steps.add(step);
    step.version().plan(step.action(), step.dueAt());
    audit.record(
        step.createdBy(),
        AuditKind.SCHEDULE,
        subject(step),
        step.action().id() + " at " + step.dueAt() + " (release " + step.releaseId() + ")");
  }

  /** A new schedule for a version replaces its pending one of the same kind. */
  private void replacePending(
      LanguageVersion version, WorkflowAction action, String by, Instant now) {
    steps.pendingFor(version, action).forEach(step -> cancel(step, by, now));
  }

  private void cancel(ScheduledStep step, String by, Instant now) {
    step.cancelled(now);
    step.version().plan(step.action(), null);
    audit.record(
        by,
        AuditKind.SCHEDULE,
        subject(step),
        "cancelled "
            + step.action().id()
            + " at "
            + step.dueAt()
            + " (release "
            + step.releaseId()
            + ")");
  }

  static AuditSubject subject(ScheduledStep step) {
    return AuditSubject.version(step.articleId(), step.version().language(), null);
  }

  private ReleaseView view(String articleId, String releaseId) {
    return new ReleaseView(
        releaseId,
        articleId,
        steps.ofArticle(articleId).stream()
            .filter(s -> s.releaseId().equals(releaseId))
            .map(ReleaseView.Step::of)
            .toList());
  }
}
