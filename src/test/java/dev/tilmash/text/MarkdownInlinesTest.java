package dev.tilmash.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownInlinesTest {
  private static final Parser PARSER = Parser.builder().build();

  private static List<Inline> read(String markdown) {
    return MarkdownInlines.read(PARSER.parse(markdown).getFirstChild());
  }

  private static String html(String markdown) {
    return MarkdownBody.toSafeHtml(markdown);
  }

  @Test
  void shouldTurnBoldItalicLinksAndCodeIntoCodesWithTheirMarkdown() {
    List<Inline> content =
        read("A **bold** and *italic* [link](https://example.org/a \"T\") with `x`.");
    assertEquals(
        List.of(
            new Inline.Text("A "),
            new Inline.Open("1", "**", CodeKind.BOLD),
            new Inline.Text("bold"),
            new Inline.Close("1", "**", CodeKind.BOLD),
            new Inline.Text(" and "),
            new Inline.Open("2", "*", CodeKind.ITALIC),
            new Inline.Text("italic"),
            new Inline.Close("2", "*", CodeKind.ITALIC),
            new Inline.Text(" "),
            new Inline.Open("3", "[", CodeKind.LINK),
            new Inline.Text("link"),
            new Inline.Close("3", "](https://example.org/a \"T\")", CodeKind.LINK),
            new Inline.Text(" with "),
            new Inline.Placeholder("4", "`x`", CodeKind.CODE),
            new Inline.Text(".")),
        content);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A **bold** and *italic* [link](https://example.org/a \"T\") with `x`.",
        "***Both*** and _underscored_ and __strong__.",
        "Line one  \nline two\\\nline three",
        "An image ![alt *text*](/img/a.png) and <sup>2</sup> HTML.",
        "Spaces in [a link](<https://example.org/a b>) and `` code with ` tick ``.",
        "Escapes: 5 \\* 3, \\[not a link\\], \\<b\\>, &amp; and snake\\_case.",
      })
  void shouldWriteCodesBackToMarkdownThatRendersTheSame(String markdown) {
    String written = MarkdownInlines.write(read(markdown));
    assertEquals(html(markdown), html(written), written);
  }

  @Test
  void shouldEscapeMarkdownInATranslatorsText() {
    String text = "5 * 3 = 15, [note], <b>x</b>, &copy; _under_ `tick` ![img]";
    String written = MarkdownInlines.write(List.of(new Inline.Text(text)));
    assertEquals(
        "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>",
        html(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1. First", "# Not a heading", "- not a list", "> not a quote", "+ plus"})
  void shouldNotTurnTextAtTheStartOfABlockIntoStructure(String text) {
    String rendered = html(MarkdownInlines.write(List.of(new Inline.Text(text))));
    assertTrue(rendered.startsWith("<p>"), rendered);
    assertTrue(rendered.contains(text.replace(">", "&gt;")), rendered);
  }

  @Test
  void shouldMoveSpacesOutOfBoldSoItStaysBold() {
    List<Inline> content =
        List.of(
            new Inline.Text("Это"),
            new Inline.Open("1", "**", CodeKind.OTHER),
            new Inline.Text(" важно "),
            new Inline.Close("1", "**", CodeKind.OTHER),
            new Inline.Text("сейчас."));
    assertEquals("<p>Это <strong>важно</strong> сейчас.</p>", html(MarkdownInlines.write(content)));
  }

  @Test
  void shouldWriteEmphasisAsHtmlWhereMarkdownCannotExpressIt() {
    List<Inline> content =
        List.of(
            new Inline.Text("这是"),
            new Inline.Open("1", "**", CodeKind.OTHER),
            new Inline.Text("重要。"),
            new Inline.Close("1", "**", CodeKind.OTHER),
            new Inline.Text("的"),
            new Inline.Open("2", "[", CodeKind.OTHER),
            new Inline.Text("链接"),
            new Inline.Close("2", "](https://example.org/z)", CodeKind.OTHER),
            new Inline.Text("。"));
    assertEquals(
        "<p>这是<strong>重要。</strong>的<a href=\"https://example.org/z\" rel=\"noopener\">链接</a>。</p>",
        html(MarkdownInlines.write(content)));
  }

  @Test
  void shouldDropBoldAroundNothing() {
    List<Inline> content =
        List.of(
            new Inline.Text("Text"),
            new Inline.Open("1", "**", CodeKind.OTHER),
            new Inline.Text(" "),
            new Inline.Close("1", "**", CodeKind.OTHER),
            new Inline.Text("more"));
    assertEquals("<p>Text more</p>", html(MarkdownInlines.write(content)));
  }

  @Test
  void shouldDropALineBreakAtTheEndOfABlock() {
    List<Inline> content =
        List.of(
            new Inline.Text("Last words"),
            new Inline.Placeholder("1", MarkdownInlines.LINE_BREAK, CodeKind.OTHER),
            new Inline.Text(" "));
    assertEquals("<p>Last words</p>", html(MarkdownInlines.write(content)));
  }

  @Test
  void shouldTellTextFromCodesOnly() {
    assertTrue(MarkdownInlines.hasText(read("Some *text*")));
    assertFalse(
        MarkdownInlines.hasText(List.of(new Inline.Placeholder("1", "<br>", CodeKind.HTML))));
    assertEquals("Some text here", MarkdownInlines.plainText(read("Some *text*\nhere")));
  }

  @Test
  void shouldFenceCodeSpansThatHoldBackticks() {
    assertEquals("``a`b``", MarkdownInlines.codeSpan("a`b"));
    assertEquals("`` `a ``", MarkdownInlines.codeSpan("`a"));
    assertEquals("`x`", MarkdownInlines.codeSpan("x"));
  }
}
