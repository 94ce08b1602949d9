package dev.tilmash.article;

import dev.tilmash.account.Actor;
import java.time.Instant;
import java.util.List;

/**
 * Puts publishing and unpublishing on a schedule. The workflow asks for it when a transition names
 * a time in the future; the release feature implements it.
 */
public interface ReleaseScheduler {

  /**
   * Publishes the languages at {@code publishAt} (now when null or past), all or none, and
   * unpublishes them at {@code unpublishAt} when given; or, for {@link WorkflowAction#UNPUBLISH},
   * only unpublishes them at {@code unpublishAt}.
   */
  void schedule(
      Actor actor,
      String articleId,
      List<String> languages,
      WorkflowAction action,
      Instant publishAt,
      Instant unpublishAt,
      boolean minor);

  /** Every scheduled step of a version, for its history. */
  List<HistoryView.Scheduled> scheduled(LanguageVersion version);
}
