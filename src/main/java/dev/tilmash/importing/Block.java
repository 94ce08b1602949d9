package dev.tilmash.importing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One block of an imported body (a paragraph, heading, list, quote or code block) as Markdown
 * lines. Rules look at each line on its own: a paragraph of an HTML page is one line, a list has a
 * line per item, and a plain-text paragraph keeps the lines of the file.
 */
record Block(Kind kind, List<Line> lines) {
  enum Kind {
    PARAGRAPH,
    HEADING,
    LIST,
    QUOTE,
    /** Code is taken as it is: never metadata, never debris. */
    CODE
  }

  Block {
    lines = List.copyOf(lines);
  }

  static Block of(Kind kind, Line... lines) {
    return new Block(kind, List.of(lines));
  }

  String markdown() {
    return lines.stream().map(Line::markdown).collect(Collectors.joining("\n"));
  }

  /**
   * One line of a block.
   *
   * @param markdown the line as it goes into the body
   * @param text the line as a reader sees it, without markup; what the rules match
   * @param linkOnly all its words are link text (a line of a "read also" list)
   * @param listItem it is an item of a list
   */
  record Line(String markdown, String text, boolean linkOnly, boolean listItem) {
    static Line of(String markdown, String text) {
      return new Line(markdown, text, false, false);
    }
  }
}
