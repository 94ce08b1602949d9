package dev.tilmash.vocabulary;

/**
 * A term was created, relabelled or deleted. Fired in the transaction that made the change;
 * observers that must see only committed changes (caches of what readers get) observe after
 * success.
 */
public record VocabularyChanged(TermKind kind, String key) {}
