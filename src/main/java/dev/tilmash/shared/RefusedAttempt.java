package dev.tilmash.shared;

/**
 * Someone signed in tried something they may not do (a 403). Fired as a CDI event so that the audit
 * log can keep it without the error path knowing about the log.
 */
public record RefusedAttempt(String user, String method, String path, ProblemException problem) {}
