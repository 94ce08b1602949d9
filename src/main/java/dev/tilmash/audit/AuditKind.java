package dev.tilmash.audit;

/** What an audit entry records. */
public enum AuditKind {
  /** A workflow step: submit, approve, publish, an edit that reopened a version, ... */
  TRANSITION,
  /** A revision was restored as the new working revision. */
  RESTORE,
  /** A publish or unpublish was put on a schedule, or a schedule was cancelled. */
  SCHEDULE,
  /** A scheduled step ran, or failed. */
  SCHEDULED_STEP,
  /** A version was assigned to a translator. */
  ASSIGNMENT,
  /** Someone signed in tried what they may not do (403). */
  REFUSED,
  /** A webhook endpoint was created, changed, deleted, given a new secret, or disabled. */
  WEBHOOK,
  /** A tag or section was created, relabelled or deleted. */
  VOCABULARY,
  /** An API token was created or revoked, or used with a management scope (with its name). */
  TOKEN
}
