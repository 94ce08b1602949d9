package dev.tilmash.text;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * How deep a body may nest: at most {@link #MAX_DEPTH} levels of quotes, lists, emphasis, links and
 * elements. The code that reads a body (the Markdown renderer, the XLIFF blocks, the memory's
 * blocks, transliteration) walks it recursively, one stack frame or more per level, so a body of
 * 15,000 nested quotes would overflow the stack. A body over the limit is refused with {@code
 * body-too-deep}, before anything is stored; flattening it instead would store another text than
 * the one written, without the writer knowing. Real articles nest a handful of levels.
 *
 * <p>The limit is checked without recursion: CommonMark's block parser and jsoup's parser and
 * traversal are iterative, and the tree they build is measured by walking siblings and parents.
 * CommonMark's inline parser is not: it recurses once per level of emphasis or links while it
 * parses. So before parsing, every paragraph (a run of non-blank lines) may hold at most {@link
 * #MAX_INLINE_MARKERS} characters that open or close such a level ({@code *}, {@code _}, {@code [},
 * {@code ]}, not escaped). Each level around a word needs one of them before the word and another
 * after it, so no paragraph can nest deeper than half that while it is parsed.
 */
public final class BodyNesting {
  /** Levels of nesting a body may have. */
  public static final int MAX_DEPTH = 100;

  /** Characters that may open or close an inline level, in one paragraph. */
  static final int MAX_INLINE_MARKERS = 2000;

  private BodyNesting() {}

  /**
   * {@code markdown} parsed, when it nests no deeper than {@link #MAX_DEPTH}.
   *
   * @throws ProblemException {@code body-too-deep} otherwise
   */
  public static Node parse(Parser parser, String markdown) {
    requireFewInlineMarkers(markdown);
    Node document = parser.parse(markdown);
    if (depth(document) > MAX_DEPTH) {
      throw tooDeep();
    }
    return document;
  }

  /**
   * Checks the element tree under {@code root} (HTML as parsed by jsoup).
   *
   * @throws ProblemException {@code body-too-deep} when it nests deeper than {@code maxDepth}
   */
  public static void requireShallow(org.jsoup.nodes.Node root, int maxDepth) {
    boolean[] deep = {false};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(org.jsoup.nodes.Node node, int depth) {
            deep[0] = depth > maxDepth;
            return deep[0] ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        root);
    if (deep[0]) {
      throw tooDeep();
    }
  }

  /** The problem for a body over the limit: 422 {@code body-too-deep} with {@code maxDepth}. */
  public static ProblemException tooDeep() {
    return new ProblemException(
        ProblemType.BODY_TOO_DEEP, Map.of("fields", List.of("body"), "maxDepth", MAX_DEPTH));
  }

  /** The deepest level under {@code root}, counted up to one past {@link #MAX_DEPTH}. */
  static int depth(Node root) {
    int depth = 0;
    int deepest = 0;
    Node node = root;
    while (deepest <= MAX_DEPTH) {
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        deepest = Math.max(deepest, ++depth);
        continue;
      }
      while (node != root && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      if (node == root) {
        break;
      }
      node = node.getNext();
    }
    return deepest;
  }

  /** An escaped character ({@code \*}) is literal text, and opens or closes nothing. */
  private static boolean isAsciiPunctuation(char c) {
    return c >= '!' && c <= '~' && !Character.isLetterOrDigit(c);
  }

  private static void requireFewInlineMarkers(String markdown) {
    int markers = 0;
    boolean blankLine = true;
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c == '\n') {
        if (blankLine) {
          markers = 0;
        }
        blankLine = true;
      } else if (c == '\\'
          && i + 1 < markdown.length()
          && isAsciiPunctuation(markdown.charAt(i + 1))) {
        blankLine = false;
        i++;
      } else if (c == '*' || c == '_' || c == '[' || c == ']') {
        blankLine = false;
        if (++markers > MAX_INLINE_MARKERS) {
          throw tooDeep();
        }
      } else if (!Character.isWhitespace(c)) {
        blankLine = false;
      }
    }
  }
}
