package dev.tilmash.memory;

import java.util.List;
import java.util.Objects;

/**
 * One field or body block of a revision, as plain text: what an XLIFF unit holds.
 *
 * @param field {@code title}, {@code summary} or {@code body}
 * @param block the block's position in the body, from 0; {@code null} for title and summary
 */
record TextUnit(String field, Integer block, String text) {
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String BODY = "body";

  List<String> sentences(String language) {
    return Sentences.of(text, language);
  }

  /** The same field, or the same block of the body. */
  boolean sameSlot(TextUnit other) {
    return field.equals(other.field) && Objects.equals(block, other.block);
  }
}
