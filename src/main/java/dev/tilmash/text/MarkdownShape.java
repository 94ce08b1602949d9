package dev.tilmash.text;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * Checks that a unit's Markdown means what its codes say: one paragraph with as much bold, italic,
 * links, images and code as the codes open. CommonMark's flanking rules make {@code слово**«x»**}
 * plain text, so where the check fails the emphasis is written as inline HTML instead, which the
 * body's sanitizer keeps.
 */
public final class MarkdownShape {
  public static final Parser PARSER = Parser.builder().build();

  private MarkdownShape() {}

  public static boolean matches(String markdown, List<Inline> content) {
    Node document = BodyNesting.parse(PARSER, markdown);
    Node first = document.getFirstChild();
    if (first == null) {
      return !MarkdownInlines.hasText(content);
    }
    if (!(first instanceof Paragraph) || first.getNext() != null) {
      return false;
    }
    return count(document).equals(expected(content));
  }

  /** The opening and closing HTML for an emphasis or link code that Markdown cannot express. */
  public static String[] htmlTags(String openData, Inline close) {
    if (openData.length() == 2 || openData.length() == 3) {
      return new String[] {"<strong>", "</strong>"};
    }
    if (openData.length() == 1 && !openData.equals("[")) {
      return new String[] {"<em>", "</em>"};
    }
    Node parsed = BodyNesting.parse(PARSER, "[x" + ((Inline.Code) close).data());
    Link link = find(parsed);
    if (link == null) {
      return new String[] {"", ""};
    }
    String title = link.getTitle() == null ? "" : " title=\"" + attribute(link.getTitle()) + "\"";
    return new String[] {
      "<a href=\"" + attribute(link.getDestination()) + "\"" + title + ">", "</a>"
    };
  }

  private static Link find(Node node) {
    if (node instanceof Link link) {
      return link;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      Link found = find(child);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String attribute(String value) {
    return value
        .replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }

  private static String count(Node document) {
    int[] n = new int[5];
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(StrongEmphasis node) {
            n[0]++;
            visitChildren(node);
          }

          @Override
          public void visit(Emphasis node) {
            n[1]++;
            visitChildren(node);
          }

          @Override
          public void visit(Link node) {
            n[2]++;
            visitChildren(node);
          }

          @Override
          public void visit(Image node) {
            n[3]++;
            visitChildren(node);
          }

          @Override
          public void visit(Code node) {
            n[4]++;
          }
        });
    return java.util.Arrays.toString(n);
  }

  private static String expected(List<Inline> content) {
    int[] n = new int[5];
    for (Inline piece : content) {
      if (piece instanceof Inline.Open open && open.data() != null) {
        String data = open.data();
        if (MarkdownInlines.isEmphasis(data)) {
          n[0] += data.length() >= 2 ? 1 : 0;
          n[1] += data.length() % 2 == 1 ? 1 : 0;
        } else if (data.equals("[")) {
          n[2]++;
        } else if (data.equals("![")) {
          n[3]++;
        }
      } else if (piece instanceof Inline.Placeholder ph
          && ph.data() != null
          && ph.data().startsWith("`")) {
        n[4]++;
      }
    }
    return java.util.Arrays.toString(n);
  }
}
