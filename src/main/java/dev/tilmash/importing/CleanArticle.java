package dev.tilmash.importing;

import java.util.List;

/**
 * An imported file's article after the rules: its title ({@code null} when none was found), body as
 * Markdown, metadata, and what was dropped on the way.
 */
record CleanArticle(
    String title,
    String summary,
    String body,
    String author,
    String source,
    List<DroppedLine> dropped,
    List<ImportWarning> warnings) {}
