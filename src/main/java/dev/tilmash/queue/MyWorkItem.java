package dev.tilmash.queue;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.WorkflowTransition;
import java.time.Instant;

/**
 * One version with work for the caller. While changes are requested it carries the reviewer's
 * comment, who wrote it and when. For a version derived from a sibling ({@code derivedFrom}), the
 * revision numbers are the sibling's: the one it was derived from and the sibling's newest major.
 */
public record MyWorkItem(
    String articleId,
    String language,
    String sourceLanguage,
    String title,
    String state,
    boolean outdated,
    int workingRevision,
    Integer basedOnSourceRevision,
    Integer sourceRevision,
    String derivedFrom,
    String assignee,
    boolean assignedToMe,
    Instant updatedAt,
    String reviewComment,
    String reviewer,
    Instant reviewedAt) {

  static MyWorkItem of(WorkQueueQuery.Found found, String me, WorkflowTransition changeRequest) {
    LanguageVersion v = found.version();
    return new MyWorkItem(
        v.article().id(),
        v.language(),
        v.article().sourceLanguage(),
        v.working().title(),
        v.state().name(),
        found.outdated(),
        v.working().number(),
        v.isSource() ? null : v.isDerived() ? v.derivation().revision() : v.basedOnSourceRevision(),
        v.isSource() ? null : found.sourceMajorRevision(),
        v.isDerived() ? v.derivation().language() : null,
        v.assignee(),
        me.equals(v.assignee()),
        v.updatedAt(),
        changeRequest == null ? null : changeRequest.comment(),
        changeRequest == null ? null : changeRequest.actor(),
        changeRequest == null ? null : changeRequest.at());
  }
}
