package dev.tilmash.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Maps the inline Markdown of one block to XLIFF content and back. Bold, italic, links, images,
 * code spans, line breaks and inline HTML become inline codes whose original data is their Markdown
 * ({@code **}, {@code [} … {@code ](url)}); text stays text. Going back, text is escaped so a
 * translator's {@code *} stays a star, and the codes' data is written around it.
 */
public final class MarkdownInlines {
  public static final String LINE_BREAK = "\\\n";

  private MarkdownInlines() {}

  /** The content of a paragraph or heading, codes numbered from 1 within the block. */
  public static List<Inline> read(Node block) {
    List<Inline> out = new ArrayList<>();
    children(block, out, new int[] {1});
    return mergeText(out);
  }

  /**
   * The Markdown of a unit's content. Emphasis that CommonMark would not recognise where the
   * translator put it (next to punctuation in Chinese, say) is written as inline HTML instead, so
   * the formatting survives.
   */
  public static String write(List<Inline> content) {
    List<Inline> tidy = tidy(content);
    String markdown = render(tidy, false);
    if (!MarkdownShape.matches(markdown, tidy)) {
      markdown = render(tidy, true);
    }
    return markdown;
  }

  /** The words only, whitespace collapsed: what the translation memory is asked about. */
  public static String plainText(List<Inline> content) {
    StringBuilder text = new StringBuilder();
    for (Inline piece : content) {
      if (piece instanceof Inline.Text t) {
        text.append(t.text());
      }
    }
    return PlainText.collapse(text.toString());
  }

  /** Whether there is anything to translate: text other than whitespace. */
  public static boolean hasText(List<Inline> content) {
    return !plainText(content).isEmpty();
  }

  /** A stable form of the content for hashes and comparisons: its Markdown, spaces collapsed. */
  public static String canonical(List<Inline> content) {
    return PlainText.collapse(render(tidy(content), false));
  }

  private static void children(Node parent, List<Inline> out, int[] next) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      node(node, out, next);
    }
  }

  private static void node(Node node, List<Inline> out, int[] next) {
    if (node instanceof Text text) {
      out.add(new Inline.Text(text.getLiteral()));
    } else if (node instanceof SoftLineBreak) {
      out.add(new Inline.Text(" "));
    } else if (node instanceof HardLineBreak) {
      out.add(new Inline.Placeholder(id(next), LINE_BREAK, CodeKind.LINE_BREAK));
    } else if (node instanceof Code code) {
      out.add(new Inline.Placeholder(id(next), codeSpan(code.getLiteral()), CodeKind.CODE));
    } else if (node instanceof HtmlInline html) {
      out.add(new Inline.Placeholder(id(next), html.getLiteral(), CodeKind.HTML));
    } else if (node instanceof StrongEmphasis) {
      pair(node, "**", "**", CodeKind.BOLD, out, next);
    } else if (node instanceof Emphasis) {
      pair(node, "*", "*", CodeKind.ITALIC, out, next);
    } else if (node instanceof Link link) {
      pair(node, "[", target(link.getDestination(), link.getTitle()), CodeKind.LINK, out, next);
    } else if (node instanceof Image image) {
      pair(node, "![", target(image.getDestination(), image.getTitle()), CodeKind.IMAGE, out, next);
    } else {
      children(node, out, next);
    }
  }

  private static void pair(
      Node node, String start, String end, CodeKind kind, List<Inline> out, int[] next) {
    String id = id(next);
    out.add(new Inline.Open(id, start, kind));
    children(node, out, next);
    out.add(new Inline.Close(id, end, kind));
  }

  private static String id(int[] next) {
    return Integer.toString(next[0]++);
  }

  /** {@code ](destination "title")}, with the destination in angle brackets where it must be. */
  public static String target(String destination, String title) {
    String dest = destination == null ? "" : destination;
    if (dest.isEmpty() || dest.matches(".*[\\s()<>].*")) {
      dest = "<" + dest.replace("<", "\\<").replace(">", "\\>") + ">";
    }
    String titled =
        title == null || title.isEmpty()
            ? ""
            : " \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return "](" + dest + titled + ")";
  }

  /** A code span whose fence is longer than any run of backticks inside it. */
  public static String codeSpan(String literal) {
    int longest = 0;
    int run = 0;
    for (char c : literal.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad =
        literal.startsWith("`")
            || literal.endsWith("`")
            || (literal.startsWith(" ") && literal.endsWith(" ") && !literal.isBlank());
    return pad ? fence + " " + literal + " " + fence : fence + literal + fence;
  }

  /**
   * Drops emphasis around nothing and moves spaces out of emphasis: {@code ** bold **} is not bold
   * in CommonMark, and translators often leave a space inside a tag.
   */
  public static List<Inline> tidy(List<Inline> content) {
    List<Inline> out = mergeText(content);
    for (boolean changed = true; changed; ) {
      changed = false;
      for (int i = 0; i < out.size() && !changed; i++) {
        int close =
            out.get(i) instanceof Inline.Open open && isEmphasis(open.data())
                ? closing(out, i)
                : -1;
        changed = close > 0 && tidy(out, i, close);
      }
      out = mergeText(out);
    }
    out.removeIf(p -> p instanceof Inline.Text t && t.text().isEmpty());
    // A line break at either end of a block is no line break in Markdown, only a stray backslash.
    while (!out.isEmpty() && (isLineBreak(out.get(0)) || isBlank(out.get(0)))) {
      out.remove(0);
    }
    while (!out.isEmpty()
        && (isLineBreak(out.get(out.size() - 1)) || isBlank(out.get(out.size() - 1)))) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static boolean isLineBreak(Inline piece) {
    return piece instanceof Inline.Placeholder ph && LINE_BREAK.equals(ph.data());
  }

  private static boolean isBlank(Inline piece) {
    return piece instanceof Inline.Text t && t.text().isBlank();
  }

  /** Tidies one emphasis pair; true when it changed something. */
  private static boolean tidy(List<Inline> out, int open, int close) {
    List<Inline> inside = out.subList(open + 1, close);
    if (inside.stream().allMatch(p -> p instanceof Inline.Text t && t.text().isBlank())) {
      out.remove(close);
      out.remove(open);
      return true;
    }
    if (out.get(open + 1) instanceof Inline.Text first
        && !first.text().isEmpty()
        && Character.isWhitespace(first.text().charAt(0))) {
      String kept = first.text().stripLeading();
      out.set(open + 1, new Inline.Text(kept));
      out.add(
          open, new Inline.Text(first.text().substring(0, first.text().length() - kept.length())));
      return true;
    }
    if (out.get(close - 1) instanceof Inline.Text last
        && !last.text().isEmpty()
        && Character.isWhitespace(last.text().charAt(last.text().length() - 1))) {
      String kept = last.text().stripTrailing();
      out.set(close - 1, new Inline.Text(kept));
      out.add(close + 1, new Inline.Text(last.text().substring(kept.length())));
      return true;
    }
    return false;
  }

  public static boolean isEmphasis(String data) {
    return data != null && !data.isEmpty() && data.chars().allMatch(c -> c == '*' || c == '_');
  }

  /** The index of the code closing the one opened at {@code open}, or -1. */
  public static int closing(List<Inline> content, int open) {
    String id = ((Inline.Open) content.get(open)).id();
    for (int j = open + 1; j < content.size(); j++) {
      if (content.get(j) instanceof Inline.Close c && java.util.Objects.equals(c.id(), id)) {
        return j;
      }
    }
    return -1;
  }

  public static List<Inline> mergeText(List<Inline> content) {
    List<Inline> out = new ArrayList<>();
    for (Inline piece : content) {
      if (piece instanceof Inline.Text t
          && !out.isEmpty()
          && out.get(out.size() - 1) instanceof Inline.Text last) {
        out.set(out.size() - 1, new Inline.Text(last.text() + t.text()));
      } else {
        out.add(piece);
      }
    }
    return out;
  }

  private static String render(List<Inline> content, boolean htmlEmphasis) {
    Map<String, String> htmlClose = new HashMap<>();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < content.size(); i++) {
      Inline piece = content.get(i);
      if (piece instanceof Inline.Text t) {
        boolean beforeCode = i + 1 < content.size() && !(content.get(i + 1) instanceof Inline.Text);
        out.append(MarkdownEscaper.escape(t.text(), lineStart(out), beforeCode));
      } else if (htmlEmphasis && piece instanceof Inline.Open open && html(open, content, i)) {
        String[] tags = MarkdownShape.htmlTags(open.data(), content.get(closing(content, i)));
        out.append(tags[0]);
        htmlClose.put(open.id(), tags[1]);
      } else if (piece instanceof Inline.Close close && htmlClose.containsKey(close.id())) {
        out.append(htmlClose.remove(close.id()));
      } else {
        String data = ((Inline.Code) piece).data();
        out.append(data == null ? "" : data);
      }
    }
    return out.toString().strip();
  }

  private static boolean html(Inline.Open open, List<Inline> content, int i) {
    return (isEmphasis(open.data()) || "[".equals(open.data())) && closing(content, i) > 0;
  }

  private static boolean lineStart(StringBuilder out) {
    for (int i = out.length() - 1; i >= 0; i--) {
      char c = out.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }
}
