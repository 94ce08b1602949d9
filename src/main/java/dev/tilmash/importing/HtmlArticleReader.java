package dev.tilmash.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Reads a saved or scraped HTML page. The title is the page's {@code <h1>} (one inside {@code
 * <article>} or {@code <main>} first, then one outside the page header, navigation and footer),
 * else its {@code <title>} without the site's name. Scripts, styles, form controls and hidden
 * elements go silently; elements matched by the element rules of {@link DebrisRules} go into the
 * report, unless they hold the title. Media cannot be imported and are counted for a warning. What
 * the page nests deeper than {@link PageNesting#MAX_DEPTH} keeps only its text, with a warning.
 */
final class HtmlArticleReader {
  private static final String SILENT =
      "script, style, noscript, template, button, input, select, textarea, [hidden],"
          + " [aria-hidden=true]";
  private static final String MEDIA = "img, video, audio, iframe, embed, object";
  private static final String[] SITE_NAME_SEPARATORS = {" | ", " — ", " – ", " - ", " :: ", " · "};
  private static final int MAX_SUMMARY = 2000;

  private HtmlArticleReader() {}

  static RawArticle read(String html, DebrisRules rules) {
    Document page = Jsoup.parse(html);
    canonicalUrl(page).ifPresent(page::setBaseUri);
    Map<MetadataField, String> declared = new EnumMap<>(MetadataField.class);
    meta(page, "meta[name=author]").ifPresent(author -> declared.put(MetadataField.AUTHOR, author));
    String summary =
        meta(page, "meta[name=description]")
            .or(() -> meta(page, "meta[property=og:description]"))
            .filter(text -> text.length() <= MAX_SUMMARY)
            .orElse(null);
    Element body = page.body();
    body.select(SILENT).remove();
    List<ImportWarning> warnings = new ArrayList<>();
    if (PageNesting.flatten(body) > 0) {
      warnings.add(ImportWarning.of("nesting-flattened", "maxDepth", PageNesting.MAX_DEPTH));
    }
    Element heading = titleElement(body);
    String title = heading == null ? null : heading.text().strip();
    if (title == null || title.isEmpty()) {
      heading = null;
      title = withoutSiteName(page.title());
      if (title != null) {
        warnings.add(ImportWarning.of("title-from-head"));
      }
    }
    List<DroppedLine> dropped = dropDebris(body, heading, rules);
    int media = body.select(MEDIA).size();
    if (media > 0) {
      warnings.add(ImportWarning.of("media-dropped", "count", media));
    }
    HtmlBlocks blocks = HtmlBlocks.of(body, heading);
    return new RawArticle(
        title, blocks.preamble(), blocks.blocks(), declared, summary, dropped, warnings);
  }

  private static Element titleElement(Element body) {
    List<Element> headings = body.select("h1").stream().filter(h -> !h.text().isBlank()).toList();
    return headings.stream()
        .filter(h -> h.closest("article, main, [role=main]") != null)
        .findFirst()
        .or(
            () ->
                headings.stream().filter(h -> h.closest("header, nav, footer") == null).findFirst())
        .or(() -> headings.stream().findFirst())
        .orElse(null);
  }

  private static List<DroppedLine> dropDebris(Element body, Element title, DebrisRules rules) {
    List<DroppedLine> dropped = new ArrayList<>();
    for (Map.Entry<String, Evaluator> rule : rules.elementRules().entrySet()) {
      for (Element element : body.select(rule.getValue())) {
        boolean holdsTitle =
            title != null && (element == title || title.parents().contains(element));
        if (element.parent() == null || holdsTitle || !element.root().equals(body.root())) {
          continue;
        }
        String text = element.text();
        element.remove();
        if (!text.isBlank()) {
          dropped.add(new DroppedLine(text, rule.getKey()));
        }
      }
    }
    return dropped;
  }

  private static Optional<String> canonicalUrl(Document page) {
    return Optional.ofNullable(page.selectFirst("link[rel=canonical]"))
        .map(link -> link.attr("href"))
        .or(() -> meta(page, "meta[property=og:url]"))
        .filter(url -> url.startsWith("http://") || url.startsWith("https://"));
  }

  private static Optional<String> meta(Document page, String selector) {
    return Optional.ofNullable(page.selectFirst(selector))
        .map(element -> element.attr("content").strip())
        .filter(content -> !content.isEmpty());
  }

  /** "Grain exports rise | Old Site" → "Grain exports rise": the longest part is the title. */
  private static String withoutSiteName(String headTitle) {
    String title = headTitle == null ? "" : headTitle.strip();
    if (title.isEmpty()) {
      return null;
    }
    for (String separator : SITE_NAME_SEPARATORS) {
      if (title.contains(separator)) {
        return Arrays.stream(title.split(java.util.regex.Pattern.quote(separator)))
            .map(String::strip)
            .max(Comparator.comparingInt(String::length))
            .orElse(title);
      }
    }
    return title;
  }
}
