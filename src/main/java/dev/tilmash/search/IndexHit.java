package dev.tilmash.search;

import java.util.List;
import java.util.Map;

/**
 * One full-text hit: the version, and for {@code title}, {@code summary} and {@code body} the
 * passages that matched, HTML escaped, with the matching words in {@code <mark>}; a part that did
 * not match is left out.
 */
public record IndexHit(IndexedVersion version, Map<String, List<String>> highlights) {}
