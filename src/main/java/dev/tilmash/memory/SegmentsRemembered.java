package dev.tilmash.memory;

import java.util.List;

/**
 * Segments were added to the memory in the current transaction; once it commits, the cached fuzzy
 * index of their language pair takes them in.
 */
record SegmentsRemembered(LanguagePair pair, List<Added> segments) {
  record Added(long id, List<String> tokens) {}
}
