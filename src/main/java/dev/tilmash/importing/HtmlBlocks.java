package dev.tilmash.importing;

import dev.tilmash.text.HtmlToMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns what is left of an HTML page into Markdown blocks: paragraphs, headings ({@code h1}–{@code
 * h6} below the title become {@code ##} and lower), lists, quotes, code and tables (a row a list
 * item), with emphasis and absolute links inline. Line breaks split paragraphs, as old sites often
 * separate paragraphs with {@code <br><br>}. Blocks before the title element are kept apart as the
 * preamble.
 */
final class HtmlBlocks {
  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
          "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike",
          "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");

  private static final String LAYOUT =
      "h1, h2, h3, h4, h5, h6, p, div, ul, ol, table, blockquote, br";

  private final Element title;
  private final List<Block> preamble = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private boolean titleSeen;

  private HtmlBlocks(Element title) {
    this.title = title;
    this.titleSeen = title == null;
  }

  /** The blocks of {@code body}; those before {@code title} (may be null) are the preamble. */
  static HtmlBlocks of(Element body, Element title) {
    HtmlBlocks converted = new HtmlBlocks(title);
    converted.container(body);
    return converted;
  }

  List<Block> preamble() {
    return preamble;
  }

  List<Block> blocks() {
    return blocks;
  }

  private void add(Block block) {
    (titleSeen ? blocks : preamble).add(block);
  }

  private void container(Element element) {
    HtmlToMarkdown inline = new HtmlToMarkdown();
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode text) {
        inline.text(text.text());
      } else if (node instanceof Element child) {
        String tag = child.normalName();
        if (child == title) {
          paragraph(inline);
          titleSeen = true;
        } else if (tag.equals("br")) {
          paragraph(inline);
        } else if (INLINE.contains(tag)) {
          inline.element(child);
        } else {
          paragraph(inline);
          block(child, tag);
        }
      }
    }
    paragraph(inline);
  }

  private void paragraph(HtmlToMarkdown inline) {
    inline
        .take()
        .ifPresent(
            line ->
                add(
                    Block.of(
                        Block.Kind.PARAGRAPH,
                        new Block.Line(line.markdown(), line.text(), line.linkOnly(), false))));
  }

  private void block(Element element, String tag) {
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(element, tag.charAt(1) - '0');
      case "ul", "ol" -> {
        List<Block.Line> lines = new ArrayList<>();
        items(element, "", lines);
        if (!lines.isEmpty()) {
          add(new Block(Block.Kind.LIST, lines));
        }
      }
      case "blockquote" -> quote(element);
      case "pre" -> code(element);
      case "table" -> table(element);
      case "hr",
          "img",
          "picture",
          "video",
          "audio",
          "iframe",
          "embed",
          "object",
          "svg",
          "canvas",
          "figure",
          "map",
          "head",
          "script",
          "style" -> {}
      default -> container(element);
    }
  }

  private void heading(Element element, int level) {
    HtmlToMarkdown inline = new HtmlToMarkdown();
    inline.children(element);
    inline
        .take()
        .ifPresent(
            line -> {
              String hashes = "#".repeat(Math.max(2, level));
              add(
                  Block.of(
                      Block.Kind.HEADING,
                      Block.Line.of(hashes + " " + line.markdown(), line.text())));
            });
  }

  private void items(Element list, String indent, List<Block.Line> lines) {
    boolean ordered = list.normalName().equals("ol");
    int number = ordered ? parseStart(list.attr("start")) : 0;
    for (Element item : list.children()) {
      if (!item.normalName().equals("li")) {
        continue;
      }
      HtmlToMarkdown inline = new HtmlToMarkdown();
      List<Element> nested = new ArrayList<>();
      for (Node node : item.childNodes()) {
        if (node instanceof Element child
            && (child.normalName().equals("ul") || child.normalName().equals("ol"))) {
          nested.add(child);
        } else if (node instanceof TextNode text) {
          inline.text(text.text());
        } else if (node instanceof Element child) {
          inline.element(child);
        }
      }
      String marker = ordered ? (number++) + ". " : "- ";
      inline
          .take()
          .ifPresent(
              line ->
                  lines.add(
                      new Block.Line(
                          indent + marker + line.markdown(), line.text(), line.linkOnly(), true)));
      for (Element sublist : nested) {
        items(sublist, indent + " ".repeat(marker.length()), lines);
      }
    }
  }

  private void quote(Element element) {
    HtmlBlocks inner = new HtmlBlocks(null);
    inner.container(element);
    List<Block.Line> lines = new ArrayList<>();
    for (Block block : inner.blocks) {
      if (!lines.isEmpty()) {
        lines.add(Block.Line.of(">", ""));
      }
      for (Block.Line line : block.lines()) {
        lines.add(
            new Block.Line("> " + line.markdown(), line.text(), line.linkOnly(), line.listItem()));
      }
    }
    if (!lines.isEmpty()) {
      add(new Block(Block.Kind.QUOTE, lines));
    }
  }

  private void code(Element element) {
    String text = element.wholeText().stripTrailing();
    if (text.isBlank()) {
      return;
    }
    String fence = text.contains("```") ? "~~~" : "```";
    add(Block.of(Block.Kind.CODE, Block.Line.of(fence + "\n" + text + "\n" + fence, text)));
  }

  /**
   * A data table becomes a list, a row an item. Old sites also lay pages out with tables; a table
   * whose cells hold paragraphs, headings, lists or line breaks is such a layout, and its cells are
   * read as containers. A table without cells (text left in a row, as {@link PageNesting} leaves a
   * flattened one) is read as a container, so that its words are kept.
   */
  private void table(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      if (child.normalName().equals("tr")) {
        rows.add(child);
      } else if (List.of("thead", "tbody", "tfoot").contains(child.normalName())) {
        child.children().stream().filter(row -> row.normalName().equals("tr")).forEach(rows::add);
      }
    }
    List<Element> cells =
        rows.stream().flatMap(row -> row.children().stream()).filter(HtmlBlocks::isCell).toList();
    if (cells.isEmpty()) {
      container(table);
    } else if (cells.stream().anyMatch(cell -> !cell.select(LAYOUT).isEmpty())) {
      cells.forEach(this::container);
    } else {
      dataTable(rows);
    }
  }

  private static boolean isCell(Element element) {
    return element.normalName().equals("td") || element.normalName().equals("th");
  }

  private void dataTable(List<Element> tableRows) {
    List<Block.Line> rows = new ArrayList<>();
    for (Element row : tableRows) {
      List<String> markdown = new ArrayList<>();
      List<String> text = new ArrayList<>();
      for (Element cell : row.children().stream().filter(HtmlBlocks::isCell).toList()) {
        HtmlToMarkdown inline = new HtmlToMarkdown();
        inline.children(cell);
        inline
            .take()
            .ifPresent(
                line -> {
                  markdown.add(line.markdown());
                  text.add(line.text());
                });
      }
      if (!markdown.isEmpty()) {
        rows.add(
            new Block.Line(
                "- " + String.join(" — ", markdown), String.join(" — ", text), false, true));
      }
    }
    if (!rows.isEmpty()) {
      add(new Block(Block.Kind.LIST, rows));
    }
  }

  private static int parseStart(String start) {
    try {
      return start.isBlank() ? 1 : Math.max(0, Integer.parseInt(start.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
