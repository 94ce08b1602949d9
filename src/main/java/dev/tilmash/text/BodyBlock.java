package dev.tilmash.text;

import java.util.List;

/**
 * One block of a body that holds words to translate — a paragraph, a heading, a list item or a
 * quoted paragraph — in reading order. The one body model of the application: {@link
 * MarkdownBlocks} reads it from the Markdown an author writes, {@link SafeHtmlBlocks} from the
 * sanitized HTML a revision stores.
 *
 * @param name {@code paragraph}, {@code heading-1} … {@code heading-6}, {@code list-item} or {@code
 *     quote}
 * @param content its inline content: text and, read from Markdown, the codes of its formatting
 */
public record BodyBlock(String name, List<Inline> content) {
  public static final String PARAGRAPH = "paragraph";
  public static final String LIST_ITEM = "list-item";
  public static final String QUOTE = "quote";

  public BodyBlock {
    content = List.copyOf(content);
  }

  public static String heading(int level) {
    return "heading-" + level;
  }

  /** The words only, white space collapsed. */
  public String plainText() {
    return MarkdownInlines.plainText(content);
  }
}
