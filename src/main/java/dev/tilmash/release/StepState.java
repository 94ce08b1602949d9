package dev.tilmash.release;

/** Where a scheduled step is: waiting, done (exactly once), failed, or cancelled. */
public enum StepState {
  PENDING,
  DONE,
  FAILED,
  CANCELLED
}
