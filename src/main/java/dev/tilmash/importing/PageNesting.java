package dev.tilmash.importing;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Bounds how deep the importer walks an HTML page. {@link HtmlBlocks} and {@link HtmlToMarkdown}
 * recurse once or twice per level of elements, so a page of 20,000 nested {@code <div>}s would
 * overflow the stack. An element at {@link #MAX_DEPTH} levels below the body keeps only its text.
 *
 * <p>A page is flattened rather than refused, unlike a Markdown body (see {@link
 * dev.tilmash.text.BodyNesting}): what an old page nests that deep is layout (wrappers, tags an old
 * editor never closed), which the import drops anyway, and the words are kept. Found without
 * recursion, by jsoup's iterative traversal; the report warns when it happens.
 */
final class PageNesting {
  /**
   * Levels below the body that keep their structure. Well under the body's limit, so the Markdown
   * made from a page always nests less than a body may.
   */
  static final int MAX_DEPTH = dev.tilmash.text.BodyNesting.MAX_DEPTH / 2;

  private PageNesting() {}

  /** Flattens the elements of {@code body} at {@link #MAX_DEPTH}; how many there were. */
  static int flatten(Element body) {
    List<Element> deepest = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (depth < MAX_DEPTH) {
              return FilterResult.CONTINUE;
            }
            if (node instanceof Element element && !element.children().isEmpty()) {
              deepest.add(element);
            }
            return FilterResult.SKIP_CHILDREN;
          }
        },
        body);
    for (Element element : deepest) {
      String text = element.text();
      element.empty().appendText(text);
    }
    return deepest.size();
  }
}
