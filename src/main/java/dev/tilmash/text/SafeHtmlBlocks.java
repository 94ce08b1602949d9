package dev.tilmash.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the {@link BodyBlock}s of the sanitized HTML a revision stores, as plain text, in reading
 * order: paragraphs, headings and list items (each item on its own, nested lists after their item);
 * quotes are read through. Code blocks and rules are not text to translate and are left out. It
 * sees exactly the structure a reader gets, and walks it recursively because that HTML nests at
 * most {@link BodyNesting#MAX_DEPTH} levels.
 */
public final class SafeHtmlBlocks {
  private static final Set<String> LEAVES = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> SKIPPED = Set.of("pre", "hr");
  private static final Map<String, CodeKind> PAIRED =
      Map.of(
          "strong", CodeKind.BOLD,
          "b", CodeKind.BOLD,
          "em", CodeKind.ITALIC,
          "i", CodeKind.ITALIC,
          "a", CodeKind.LINK);
  private static final Set<String> CONTAINERS =
      Set.of("blockquote", "ul", "ol", "div", "section", "article", "body");

  private SafeHtmlBlocks() {}

  public static List<BodyBlock> read(String safeHtml) {
    List<BodyBlock> blocks = new ArrayList<>();
    collect(Jsoup.parseBodyFragment(safeHtml == null ? "" : safeHtml).body(), blocks);
    return blocks;
  }

  private static void collect(Element container, List<BodyBlock> blocks) {
    List<Inline> loose = new ArrayList<>();
    for (Node child : container.childNodes()) {
      if (child instanceof Element element && isBlock(element)) {
        flush(loose, blocks);
        block(element, blocks);
      } else {
        inline(child, loose);
      }
    }
    flush(loose, blocks);
  }

  private static void block(Element element, List<BodyBlock> blocks) {
    String tag = element.normalName();
    if (SKIPPED.contains(tag)) {
      return;
    }
    if (LEAVES.contains(tag)) {
      add(name(element), children(element), blocks);
    } else if (tag.equals("li")) {
      // the item's own words first, then any list nested in it
      Element own = element.clone();
      own.select("ul, ol").remove();
      add(BodyBlock.LIST_ITEM, children(own), blocks);
      for (Element nested : element.select("> ul, > ol")) {
        collect(nested, blocks);
      }
    } else {
      collect(element, blocks);
    }
  }

  private static List<Inline> children(Element element) {
    List<Inline> content = new ArrayList<>();
    element.childNodes().forEach(child -> inline(child, content));
    return content;
  }

  /**
   * Inline HTML as the content Markdown gives: emphasis and links as paired codes (so the sentence
   * splitter keeps them within one sentence, as it does for XLIFF), code and line breaks as
   * placeholders, the words of anything else as text.
   */
  private static void inline(Node node, List<Inline> out) {
    if (node instanceof TextNode text) {
      out.add(new Inline.Text(text.text()));
    } else if (node instanceof Element element) {
      String tag = element.normalName();
      String id = Integer.toString(out.size() + 1);
      if (PAIRED.containsKey(tag)) {
        out.add(new Inline.Open(id, null, PAIRED.get(tag)));
        element.childNodes().forEach(child -> inline(child, out));
        out.add(new Inline.Close(id, null, PAIRED.get(tag)));
      } else if (tag.equals("code")) {
        out.add(new Inline.Placeholder(id, element.text(), CodeKind.CODE));
      } else if (tag.equals("br")) {
        out.add(new Inline.Placeholder(id, MarkdownInlines.LINE_BREAK, CodeKind.LINE_BREAK));
      } else {
        element.childNodes().forEach(child -> inline(child, out));
      }
    }
  }

  private static boolean isBlock(Element element) {
    String tag = element.normalName();
    return LEAVES.contains(tag)
        || SKIPPED.contains(tag)
        || CONTAINERS.contains(tag)
        || tag.equals("li");
  }

  private static void flush(List<Inline> loose, List<BodyBlock> blocks) {
    add(BodyBlock.PARAGRAPH, List.copyOf(loose), blocks);
    loose.clear();
  }

  /** A block with words; its text's white space collapsed, and trimmed at its ends. */
  private static void add(String name, List<Inline> content, List<BodyBlock> blocks) {
    List<Inline> tidy = new ArrayList<>();
    for (Inline piece : MarkdownInlines.mergeText(content)) {
      tidy.add(
          piece instanceof Inline.Text t
              ? new Inline.Text(t.text().replaceAll("\\s+", " "))
              : piece);
    }
    trim(tidy, 0, true);
    trim(tidy, tidy.size() - 1, false);
    if (MarkdownInlines.hasText(tidy)) {
      blocks.add(new BodyBlock(name, tidy));
    }
  }

  private static void trim(List<Inline> content, int at, boolean leading) {
    if (!content.isEmpty() && content.get(at) instanceof Inline.Text t) {
      content.set(
          at, new Inline.Text(leading ? t.text().stripLeading() : t.text().stripTrailing()));
    }
  }

  /** A heading by its level, a paragraph by where it stands: in an item, in a quote or loose. */
  private static String name(Element element) {
    String tag = element.normalName();
    if (tag.charAt(0) == 'h') {
      return BodyBlock.heading(tag.charAt(1) - '0');
    }
    for (Element parent : element.parents()) {
      if (parent.normalName().equals("li")) {
        return BodyBlock.LIST_ITEM;
      }
      if (parent.normalName().equals("blockquote")) {
        return BodyBlock.QUOTE;
      }
    }
    return BodyBlock.PARAGRAPH;
  }
}
