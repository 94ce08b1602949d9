package dev.tilmash.article;

/**
 * What a translator needs to bring a translation up to date: the source version's changes from the
 * revision the translation was made from to the source's live revision.
 */
public record SourceChangesView(
    String language,
    String sourceLanguage,
    int basedOnSourceRevision,
    int currentSourceRevision,
    boolean outdated,
    RevisionDiff diff) {}
