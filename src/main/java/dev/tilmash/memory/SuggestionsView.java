package dev.tilmash.memory;

import java.util.List;

/**
 * What the memory offers for translating an article into {@code language}: for every segment of the
 * source revision ({@code sourceRevision}, the live one, else the working one), the exact match and
 * the fuzzy matches.
 */
public record SuggestionsView(
    String articleId,
    String sourceLanguage,
    String language,
    int sourceRevision,
    List<SegmentSuggestion> segments) {}
