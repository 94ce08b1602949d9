package dev.tilmash.search;

import java.time.Instant;
import java.util.List;

/** A live language version as the index stores it: what a public list shows, before its links. */
public record IndexedVersion(
    String articleId,
    String language,
    String slug,
    String title,
    String summary,
    List<String> tags,
    String section,
    Instant publishedAt) {}
