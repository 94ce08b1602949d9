package dev.tilmash.release;

import java.time.Instant;
import java.util.List;

/** A release: the steps that fire together, with their state. */
public record ReleaseView(String releaseId, String articleId, List<Step> steps) {

  /** One language's scheduled publish or unpublish. */
  public record Step(
      String language,
      String action,
      Instant dueAt,
      String state,
      boolean minor,
      String createdBy,
      Instant createdAt,
      Instant firedAt,
      String failure) {
    static Step of(ScheduledStep s) {
      return new Step(
          s.version().language(),
          s.action().id(),
          s.dueAt(),
          s.state().name(),
          s.minor(),
          s.createdBy(),
          s.createdAt(),
          s.firedAt(),
          s.failure());
    }
  }
}
