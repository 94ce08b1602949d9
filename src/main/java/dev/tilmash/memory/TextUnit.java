package dev.tilmash.memory;

import dev.tilmash.text.BodyBlock;
import dev.tilmash.text.Inline;
import dev.tilmash.text.PlainText;
import dev.tilmash.text.SentenceSplitter;
import java.util.List;
import java.util.Objects;

/**
 * One field or body block of a revision: what an XLIFF unit holds.
 *
 * @param field {@code title}, {@code summary} or {@code body}
 * @param block the block's position in the body, from 0; {@code null} for title and summary
 */
record TextUnit(String field, Integer block, BodyBlock content) {
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String BODY = "body";

  /** A title or summary: one piece of plain text. */
  static TextUnit field(String field, String text) {
    return new TextUnit(
        field, null, new BodyBlock(field, List.of(new Inline.Text(PlainText.collapse(text)))));
  }

  String text() {
    return content.plainText();
  }

  /** Its sentences, cut as an XLIFF export cuts the same block into segments. */
  List<String> sentences(String language) {
    return new SentenceSplitter(language).sentences(content.content());
  }

  /** The same field, or the same block of the body. */
  boolean sameSlot(TextUnit other) {
    return field.equals(other.field) && Objects.equals(block, other.block);
  }
}
