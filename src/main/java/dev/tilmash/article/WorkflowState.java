package dev.tilmash.article;

/**
 * Where a language version is in its editorial life. Whether something is live is a separate fact:
 * a published version that is being revised is {@code DRAFT} while its live revision stays live.
 */
public enum WorkflowState {
  DRAFT,
  IN_REVIEW,
  CHANGES_REQUESTED,
  APPROVED,
  PUBLISHED,
  ARCHIVED
}
