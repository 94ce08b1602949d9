package dev.tilmash.article;

import java.time.Instant;
import java.util.List;

/** What happened to a language version: its workflow steps and its revisions. */
public record HistoryView(
    String language,
    List<Step> transitions,
    List<RevisionEntry> revisions,
    List<Scheduled> schedule) {

  /** A scheduled publish or unpublish, pending or past. */
  public record Scheduled(
      String releaseId,
      String action,
      Instant dueAt,
      String state,
      String createdBy,
      Instant createdAt,
      Instant firedAt,
      String failure) {}

  /** One recorded workflow step. */
  public record Step(
      String action,
      String from,
      String to,
      Integer revision,
      String by,
      Instant at,
      String comment) {
    static Step of(WorkflowTransition t) {
      return new Step(
          t.action().id(),
          t.from().name(),
          t.to().name(),
          t.revision(),
          t.actor(),
          t.at(),
          t.comment());
    }
  }

  /** One revision, without its text. */
  public record RevisionEntry(
      int number,
      String author,
      Instant createdAt,
      Integer basedOnSourceRevision,
      String contentHash,
      Instant publishedAt,
      boolean minor,
      String comment) {
    static RevisionEntry of(Revision r) {
      return new RevisionEntry(
          r.number(),
          r.author(),
          r.createdAt(),
          r.basedOnSourceRevision(),
          r.contentHash(),
          r.publishedAt(),
          r.minor(),
          r.comment());
    }
  }
}
