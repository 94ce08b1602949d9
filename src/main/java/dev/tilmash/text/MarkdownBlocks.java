package dev.tilmash.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Reads the {@link BodyBlock}s of a Markdown body: each paragraph, heading, list item and quoted
 * paragraph, in document order, at any depth. Code blocks, HTML blocks and rules hold no words to
 * translate; they stay as they are. Bodies are parsed within {@link BodyNesting}'s limit, so the
 * recursive walks here and in {@link MarkdownInlines} stay shallow.
 *
 * <p>Going back, {@link #rebuild} puts translated inline content into the same body, so the
 * translation keeps the source's structure (lists stay lists, quotes stay quotes).
 */
public final class MarkdownBlocks {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

  private MarkdownBlocks() {}

  public static List<BodyBlock> read(String markdown) {
    List<BodyBlock> blocks = new ArrayList<>();
    for (Node node : translatable(BodyNesting.parse(MarkdownShape.PARSER, markdown))) {
      blocks.add(new BodyBlock(name(node), MarkdownInlines.read(node)));
    }
    return blocks;
  }

  /**
   * The body with each block's content replaced: {@code translations} gives the Markdown of the
   * block at a position (from 0); a block without one ({@code null}) is left out (with a list item
   * or quote it empties).
   */
  public static String rebuild(String body, IntFunction<String> translations) {
    Node document = BodyNesting.parse(MarkdownShape.PARSER, body);
    List<Node> nodes = translatable(document);
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      String markdown = translations.apply(i);
      Node parsed =
          markdown == null
              ? null
              : BodyNesting.parse(MarkdownShape.PARSER, markdown).getFirstChild();
      if (parsed == null) {
        remove(node);
        continue;
      }
      while (node.getFirstChild() != null) {
        node.getFirstChild().unlink();
      }
      if (!(parsed instanceof Paragraph)) {
        node.appendChild(new Text(PlainText.collapse(markdown)));
        continue;
      }
      while (parsed.getFirstChild() != null) {
        Node child = parsed.getFirstChild();
        child.unlink();
        node.appendChild(child);
      }
    }
    return document.getFirstChild() == null ? "" : RENDERER.render(document).strip() + "\n";
  }

  /** Paragraphs and headings with content, in document order, at any depth. */
  private static List<Node> translatable(Node document) {
    List<Node> found = new ArrayList<>();
    collect(document, found);
    return found;
  }

  private static void collect(Node node, List<Node> found) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if ((child instanceof Paragraph || child instanceof Heading)
          && child.getFirstChild() != null) {
        found.add(child);
      } else if (child instanceof Document
          || child instanceof BlockQuote
          || child instanceof ListBlock
          || child instanceof ListItem) {
        collect(child, found);
      }
    }
  }

  private static String name(Node node) {
    if (node instanceof Heading heading) {
      return BodyBlock.heading(heading.getLevel());
    }
    for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof ListItem) {
        return BodyBlock.LIST_ITEM;
      }
      if (parent instanceof BlockQuote) {
        return BodyBlock.QUOTE;
      }
    }
    return BodyBlock.PARAGRAPH;
  }

  private static void remove(Node node) {
    Node parent = node.getParent();
    node.unlink();
    if (parent != null
        && !(parent instanceof Document)
        && parent.getFirstChild() == null
        && (parent instanceof ListItem
            || parent instanceof BlockQuote
            || parent instanceof ListBlock)) {
      remove(parent);
    }
  }
}
