package dev.tilmash.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown in, safe HTML out: client sites must never receive script from a body. */
class MarkdownBodyTest {

  @Test
  void shouldTurnHeadingsIntoHtmlHeadings() {
    assertEquals(
        "<h1>Astana forum</h1>\n<h2>Trade</h2>\n<h3>Transport</h3>",
        MarkdownBody.toSafeHtml("# Astana forum\n\n## Trade\n\n### Transport"));
  }

  @Test
  void shouldTurnListsIntoHtmlLists() {
    assertEquals(
        "<ul>\n"
            + "<li>Almaty</li>\n"
            + "<li>Tashkent</li>\n"
            + "</ul>\n"
            + "<ol>\n"
            + "<li>first</li>\n"
            + "<li>second</li>\n"
            + "</ol>",
        MarkdownBody.toSafeHtml("- Almaty\n- Tashkent\n\n1. first\n2. second"));
  }

  @Test
  void shouldTurnQuotesIntoBlockquotes() {
    assertEquals(
        "<blockquote>\n<p>Trade grew by 12%.</p>\n</blockquote>",
        MarkdownBody.toSafeHtml("> Trade grew by 12%."));
  }

  @Test
  void shouldKeepEmphasisStrongAndCode() {
    assertEquals(
        "<p><em>soft</em>, <strong>hard</strong>, <code>x = 1</code></p>",
        MarkdownBody.toSafeHtml("*soft*, **hard**, `x = 1`"));
  }

  @Test
  void shouldKeepRelativeLinksBetweenTheSitesOwnArticles() {
    assertEquals(
        "<p><a href=\"/articles/middle-corridor\" rel=\"noopener\">the corridor</a></p>",
        MarkdownBody.toSafeHtml("[the corridor](/articles/middle-corridor)"));
  }

  @Test
  void shouldKeepWebAndMailLinks() {
    assertEquals(
        "<p><a href=\"https://astana.kz/forum?day=1&amp;lang=ru\" rel=\"noopener\">forum</a>"
            + " <a href=\"mailto:desk@tilmash.dev\" rel=\"noopener\">desk</a></p>",
        MarkdownBody.toSafeHtml(
            "[forum](https://astana.kz/forum?day=1&lang=ru) [desk](mailto:desk@tilmash.dev)"));
  }

  @Test
  void shouldKeepCyrillicAndChineseTextIntact() {
    assertEquals(
        "<p>Қазақстан және 中亚 — <em>Ўзбекистон</em></p>",
        MarkdownBody.toSafeHtml("Қазақстан және 中亚 — *Ўзбекистон*"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>\n\nText",
        "Text <script src=\"https://evil.example/x.js\"></script> more",
        "<SCRIPT>alert(1)</SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<p onclick=\"alert(1)\" onmouseover=\"alert(2)\">Text</p>",
        "<svg onload=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JavaScript:alert(1))",
        "[click](javascript&#58;alert(1))",
        "[click](javascript&colon;alert(1))",
        "<a href=\"javascript&#58;alert(1)\">click</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<style>body { display: none }</style>",
        "<p style=\"background:url(javascript:alert(1))\">Text</p>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
        "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
        "<form action=\"https://evil.example\"><input name=q></form>",
      })
  void shouldNeverLetScriptOut(String markdown) {
    String html = MarkdownBody.toSafeHtml(markdown).toLowerCase(Locale.ROOT);

    for (String forbidden :
        List.of(
            "<script",
            "onerror",
            "onclick",
            "onload",
            "onmouseover",
            "javascript",
            "<iframe",
            "<style",
            "style=",
            "data:",
            "<object",
            "<embed",
            "<form",
            "<input",
            "<svg",
            "<img")) {
      assertFalse(
          html.contains(forbidden), () -> forbidden + " came out of " + markdown + ": " + html);
    }
  }

  @Test
  void shouldKeepTheTextAroundRemovedMarkup() {
    assertEquals(
        "<p>Before  after</p>", MarkdownBody.toSafeHtml("Before <script>alert(1)</script> after"));
    assertEquals(
        "<p><a rel=\"noopener\">click</a></p>",
        MarkdownBody.toSafeHtml("[click](javascript:alert(1))"));
  }

  @Test
  void shouldRenderNothingForNothing() {
    assertEquals("", MarkdownBody.toSafeHtml(null));
    assertEquals("", MarkdownBody.toSafeHtml(""));
  }

  @Test
  void shouldExtractPlainTextWithoutMarkup() {
    String html =
        MarkdownBody.toSafeHtml(
            "# Forum\n\nTrade *grew* by **12%**.\n\n- Almaty\n- [Tashkent](https://tashkent.uz)");

    assertEquals("Forum Trade grew by 12%. Almaty Tashkent", PlainText.of(html));
  }

  @Test
  void shouldExtractEscapedMarkupAsText() {
    String html = MarkdownBody.toSafeHtml("Use `<b>` and 5 &lt; 6");

    assertTrue(html.contains("&lt;b&gt;"), html);
    assertEquals("Use <b> and 5 < 6", PlainText.of(html));
  }
}
