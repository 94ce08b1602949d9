package dev.tilmash.text;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes inline HTML as one line of Markdown (the way in for imported pages; {@link
 * MarkdownInlines} reads Markdown into inline codes for XLIFF): bold, italics, code and links
 * become Markdown, every other element gives its text, and text is escaped so that it shows as
 * written. Links keep only absolute {@code http}, {@code https} and {@code mailto} targets; a link
 * the new site could not follow keeps its words.
 */
public final class HtmlToMarkdown {
  /**
   * A line written.
   *
   * @param markdown the line as Markdown
   * @param text the line as a reader sees it, without markup
   * @param linkOnly all its words are link text (a line of a "read also" list)
   */
  public record Line(String markdown, String text, boolean linkOnly) {}

  private final StringBuilder markdown = new StringBuilder();
  private final StringBuilder text = new StringBuilder();
  private int letters;
  private int linkLetters;

  /** Appends text, collapsing white space the way a browser shows it. */
  public void text(String words) {
    String collapsed = words.replaceAll("\\s+", " ");
    if (collapsed.isEmpty() || collapsed.equals(" ") && endsWithSpace()) {
      return;
    }
    if (collapsed.startsWith(" ") && endsWithSpace()) {
      collapsed = collapsed.substring(1);
    }
    markdown.append(MarkdownEscaper.escapeLine(collapsed));
    text.append(collapsed);
    letters += (int) collapsed.codePoints().filter(Character::isLetterOrDigit).count();
  }

  public void children(Element element) {
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode textNode) {
        text(textNode.text());
      } else if (node instanceof Element child) {
        element(child);
      }
    }
  }

  public void element(Element element) {
    switch (element.normalName()) {
      case "a" -> link(element);
      case "strong", "b" -> wrap(element, "**");
      case "em", "i", "cite" -> wrap(element, "*");
      case "code", "kbd", "samp", "tt" -> code(element);
      case "br", "wbr" -> text(" ");
      case "img",
          "picture",
          "video",
          "audio",
          "iframe",
          "embed",
          "object",
          "svg",
          "canvas",
          "script",
          "style" -> {}
      default -> children(element);
    }
  }

  /** The line built so far, if it has any words; the builder starts over. */
  public Optional<Line> take() {
    String md = markdown.toString().strip();
    String plain = text.toString().strip();
    boolean linkOnly = letters > 0 && linkLetters == letters;
    markdown.setLength(0);
    text.setLength(0);
    letters = 0;
    linkLetters = 0;
    return plain.isEmpty() ? Optional.empty() : Optional.of(new Line(md, plain, linkOnly));
  }

  private void link(Element element) {
    HtmlToMarkdown inner = new HtmlToMarkdown();
    inner.children(element);
    String href = element.absUrl("href");
    String scheme = href.toLowerCase(Locale.ROOT);
    String words = inner.markdown.toString();
    if (words.isBlank()) {
      return;
    }
    boolean followable =
        scheme.startsWith("http://")
            || scheme.startsWith("https://")
            || scheme.startsWith("mailto:");
    String leading = words.startsWith(" ") && !endsWithSpace() ? " " : "";
    String trailing = words.endsWith(" ") ? " " : "";
    markdown.append(leading);
    markdown.append(followable ? MarkdownText.link(words.strip(), href) : words.strip());
    markdown.append(trailing);
    text.append(leading).append(inner.text.toString().strip()).append(trailing);
    letters += inner.letters;
    linkLetters += inner.letters;
  }

  private void wrap(Element element, String marker) {
    HtmlToMarkdown inner = new HtmlToMarkdown();
    inner.children(element);
    String words = inner.markdown.toString();
    if (words.isBlank()) {
      text(inner.text.toString());
      return;
    }
    String leading = words.startsWith(" ") && !endsWithSpace() ? " " : "";
    String trailing = words.endsWith(" ") ? " " : "";
    markdown.append(leading).append(marker).append(words.strip()).append(marker).append(trailing);
    text.append(leading).append(inner.text.toString().strip()).append(trailing);
    letters += inner.letters;
    linkLetters += inner.linkLetters;
  }

  private void code(Element element) {
    String code = element.text();
    if (code.isBlank() || code.contains("`")) {
      text(code);
      return;
    }
    markdown.append('`').append(code).append('`');
    text.append(code);
    letters += (int) code.codePoints().filter(Character::isLetterOrDigit).count();
  }

  private boolean endsWithSpace() {
    return markdown.isEmpty() || markdown.charAt(markdown.length() - 1) == ' ';
  }
}
