package dev.tilmash.memory;

/**
 * A piece of source text to look up.
 *
 * @param field {@code title}, {@code summary} or {@code body}
 * @param block the body block, from 0; {@code null} for title and summary
 * @param sentence the sentence within the field or block, from 0; {@code null} for the whole of a
 *     field or block that has several sentences
 */
record SourceSegment(String field, Integer block, Integer sentence, String text) {}
