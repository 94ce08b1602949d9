package dev.tilmash.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The blocks of a body, as plain text, in reading order: paragraphs, headings and list items (each
 * item on its own, nested lists after their item); quotes are read through. Code blocks and rules
 * are not text to translate and are left out. Reads the sanitized HTML a revision stores, so it
 * sees exactly the structure a reader gets, and walks it recursively because that HTML nests at
 * most {@link dev.tilmash.article.BodyNesting#MAX_DEPTH} levels.
 */
final class BodyBlocks {
  private static final Set<String> LEAVES = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> SKIPPED = Set.of("pre", "hr");
  private static final Set<String> CONTAINERS =
      Set.of("blockquote", "ul", "ol", "div", "section", "article", "body");

  private BodyBlocks() {}

  static List<String> of(String safeHtml) {
    List<String> blocks = new ArrayList<>();
    collect(Jsoup.parseBodyFragment(safeHtml == null ? "" : safeHtml).body(), blocks);
    return blocks;
  }

  private static void collect(Element container, List<String> blocks) {
    StringBuilder loose = new StringBuilder();
    for (Node child : container.childNodes()) {
      if (child instanceof Element element && isBlock(element)) {
        flush(loose, blocks);
        block(element, blocks);
      } else if (child instanceof TextNode text) {
        loose.append(text.text());
      } else if (child instanceof Element inline) {
        loose.append(inline.text());
      }
    }
    flush(loose, blocks);
  }

  private static void block(Element element, List<String> blocks) {
    String tag = element.normalName();
    if (SKIPPED.contains(tag)) {
      return;
    }
    if (LEAVES.contains(tag)) {
      add(element.text(), blocks);
    } else if (tag.equals("li")) {
      // the item's own words first, then any list nested in it
      Element own = element.clone();
      own.select("ul, ol").remove();
      add(own.text(), blocks);
      for (Element nested : element.select("> ul, > ol")) {
        collect(nested, blocks);
      }
    } else {
      collect(element, blocks);
    }
  }

  private static boolean isBlock(Element element) {
    String tag = element.normalName();
    return LEAVES.contains(tag)
        || SKIPPED.contains(tag)
        || CONTAINERS.contains(tag)
        || tag.equals("li");
  }

  private static void flush(StringBuilder loose, List<String> blocks) {
    add(loose.toString(), blocks);
    loose.setLength(0);
  }

  private static void add(String text, List<String> blocks) {
    String block = NormalizedText.collapse(text);
    if (!block.isEmpty()) {
      blocks.add(block);
    }
  }
}
