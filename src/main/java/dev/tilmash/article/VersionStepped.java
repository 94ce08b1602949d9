package dev.tilmash.article;

/**
 * A language version took a workflow step; fired in the step's transaction, so observers (the
 * translation memory, caches) act on exactly what commits.
 */
public record VersionStepped(LanguageVersion version, WorkflowTransition transition) {}
