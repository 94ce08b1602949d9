package dev.tilmash.queue;

import dev.tilmash.article.LanguageVersion;
import java.time.Instant;

/** One version waiting for an editor's review. */
public record ReviewQueueItem(
    String articleId,
    String language,
    String sourceLanguage,
    String title,
    String submittedBy,
    Instant submittedAt,
    int workingRevision,
    boolean outdated,
    String assignee) {

  static ReviewQueueItem of(WorkQueueQuery.Found found) {
    LanguageVersion v = found.version();
    return new ReviewQueueItem(
        v.article().id(),
        v.language(),
        v.article().sourceLanguage(),
        v.working().title(),
        v.submittedBy(),
        v.submittedAt(),
        v.working().number(),
        found.outdated(),
        v.assignee());
  }
}
