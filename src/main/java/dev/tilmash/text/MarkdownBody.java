package dev.tilmash.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns a Markdown body into the HTML client sites receive. Markdown may carry raw HTML, so the
 * rendered HTML always goes through jsoup's sanitizer: paragraphs, headings, lists, quotes,
 * emphasis, code, relative links and http(s)/mailto links survive; script, styles, event handlers,
 * iframes and {@code javascript:} URLs never do. Bodies nest at most {@link BodyNesting#MAX_DEPTH}
 * levels, so everything that reads a stored body may walk it recursively.
 */
public final class MarkdownBody {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
  private static final Safelist SAFE =
      Safelist.basic()
          .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr")
          .removeEnforcedAttribute("a", "rel")
          .addEnforcedAttribute("a", "rel", "noopener")
          .preserveRelativeLinks(true);

  /** Only to tell relative links (kept, for links between a site's own articles) from others. */
  private static final String BASE = "https://tilmash.invalid/";

  private static final Document.OutputSettings COMPACT =
      new Document.OutputSettings().prettyPrint(false);

  private MarkdownBody() {}

  /**
   * The sanitised HTML of {@code markdown}.
   *
   * @throws dev.tilmash.shared.ProblemException {@code body-too-deep} for a body that nests deeper
   *     than {@link BodyNesting#MAX_DEPTH}, in its Markdown or in the HTML written into it
   */
  public static String toSafeHtml(String markdown) {
    String html = RENDERER.render(BodyNesting.parse(PARSER, markdown == null ? "" : markdown));
    Document dirty = Jsoup.parseBodyFragment(html, BASE);
    // Before cleaning, which takes time with the square of the depth; it keeps or drops elements
    // and never nests them deeper.
    BodyNesting.requireShallow(dirty.body(), BodyNesting.MAX_DEPTH);
    return new Cleaner(SAFE).clean(dirty).outputSettings(COMPACT).body().html().strip();
  }
}
