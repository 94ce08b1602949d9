package dev.tilmash.queue;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.WorkflowState;
import dev.tilmash.article.WorkflowTransition;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** The review queue of the editors and the work list of each writer. */
@ApplicationScoped
@Transactional
public class WorkQueues {
  @Inject WorkQueueQuery query;
  @Inject LanguageSet languages;

  /** Versions in review, of one language or of all, the longest waiting first. */
  public Page<ReviewQueueItem> reviewQueue(String language, PageRequest page) {
    String tag = language == null || language.isBlank() ? null : languages.require(language).tag();
    return query.inReview(tag, page).map(ReviewQueueItem::of);
  }

  /**
   * What the scope's user has to do; a version sent back carries the comment of the request that
   * sent it back.
   */
  public Page<MyWorkItem> myWork(WorkScope scope, PageRequest page) {
    Page<WorkQueueQuery.Found> found = query.work(scope.username(), scope.languages(), page);
    List<Long> sentBack =
        found.items().stream()
            .map(WorkQueueQuery.Found::version)
            .filter(v -> v.state() == WorkflowState.CHANGES_REQUESTED)
            .map(LanguageVersion::id)
            .toList();
    Map<Long, WorkflowTransition> requests = query.changeRequests(sentBack);
    return found.map(f -> MyWorkItem.of(f, scope.username(), requests.get(f.version().id())));
  }
}
