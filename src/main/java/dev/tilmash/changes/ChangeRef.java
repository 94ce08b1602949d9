package dev.tilmash.changes;

/** One thing that changed: its kind and key, as a row of the change log names it. */
public record ChangeRef(ChangeKind kind, String key) {}
