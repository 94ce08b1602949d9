package dev.tilmash.interchange;

import dev.tilmash.article.BodyNesting;
import dev.tilmash.article.VersionContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Cuts a version's words into the pieces a translator translates: the title, the summary, and each
 * paragraph, heading, list item and quoted paragraph of the Markdown body, in document order, with
 * ids that depend only on that order ({@code title}, {@code summary}, {@code b1}, {@code b2}, …).
 * Code blocks, HTML blocks and rules are not translated; they stay as they are.
 *
 * <p>Bodies and translated units are parsed within {@link BodyNesting}'s limit, so the recursive
 * walks here and in {@link InlineMarkdown} stay shallow.
 *
 * <p>Going back, {@link #rebuild} puts translated inline content into the same body, so the
 * translation keeps the source's structure (lists stay lists, quotes stay quotes).
 */
public final class ArticleBlocks {
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

  /** One translatable piece: its unit id, what kind of block it is, and its content. */
  public record Block(String id, String name, List<Inline> content) {}

  private ArticleBlocks() {}

  public static List<Block> of(VersionContent content) {
    List<Block> blocks = new ArrayList<>();
    if (!content.title().isBlank()) {
      blocks.add(plain(TITLE, content.title()));
    }
    if (!content.summary().isBlank()) {
      blocks.add(plain(SUMMARY, content.summary()));
    }
    List<Node> nodes = translatable(BodyNesting.parse(MarkdownShape.PARSER, content.body()));
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      blocks.add(new Block(bodyId(i), name(node), InlineMarkdown.read(node)));
    }
    return blocks;
  }

  /**
   * The body with each translatable block's content replaced: {@code translations} maps a block id
   * to its Markdown; a block without one is left out (with a list item or quote it empties).
   */
  public static String rebuild(String body, Map<String, String> translations) {
    Node document = BodyNesting.parse(MarkdownShape.PARSER, body);
    List<Node> nodes = translatable(document);
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      String markdown = translations.get(bodyId(i));
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
        node.appendChild(new Text(InlineMarkdown.collapse(markdown)));
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

  /** A title or summary: plain text, never Markdown. */
  private static Block plain(String id, String text) {
    return new Block(id, id, List.of(new Inline.Text(text.replaceAll("\\s+", " ").strip())));
  }

  static boolean isBodyId(String id) {
    return id.matches("b[1-9][0-9]*");
  }

  private static String bodyId(int index) {
    return "b" + (index + 1);
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
      return "heading-" + heading.getLevel();
    }
    for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof ListItem) {
        return "list-item";
      }
      if (parent instanceof BlockQuote) {
        return "quote";
      }
    }
    return "paragraph";
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
