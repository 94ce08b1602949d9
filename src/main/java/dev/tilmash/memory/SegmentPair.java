package dev.tilmash.memory;

/** A source text and its translation, aligned: what the memory remembers. */
record SegmentPair(String source, String target) {}
