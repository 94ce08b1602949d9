package dev.tilmash.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies that nest deeper than the renderer, the XLIFF blocks and the memory may walk are refused
 * with a problem naming the limit, before anything recursive sees them; real bodies pass.
 */
class BodyNestingTest {

  @ParameterizedTest
  @ValueSource(strings = {"quotes", "lists", "ordered", "emphasis", "images", "links", "html"})
  void shouldRefuseAHostilelyDeepBodyWithTheLimit(String shape) {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> MarkdownBody.toSafeHtml(deep(shape)));

    assertEquals(ProblemType.BODY_TOO_DEEP, refused.type());
    assertEquals(BodyNesting.MAX_DEPTH, refused.arguments().get("maxDepth"));
    assertEquals(422, refused.type().status());
  }

  @Test
  void shouldRefuseABodyJustOverTheLimit() {
    String quotes = "> ".repeat(BodyNesting.MAX_DEPTH) + "Tashkent";

    assertThrows(ProblemException.class, () -> MarkdownBody.toSafeHtml(quotes));
  }

  @Test
  void shouldRenderQuotesAndListsNestedWellWithinTheLimit() {
    String quotes = "> ".repeat(40) + "Trade grew by 12%.";
    String lists = "- ".repeat(20) + "Khorgos";

    String html = MarkdownBody.toSafeHtml(quotes + "\n\n" + lists);

    assertEquals(40, html.split("<blockquote>", -1).length - 1);
    assertEquals(20, html.split("<ul>", -1).length - 1);
    assertTrue(html.contains("<p>Trade grew by 12%.</p>"), html);
  }

  @Test
  void shouldKeepAParagraphFullOfEscapedMarkers() {
    String stars = "\\*".repeat(3000);

    assertEquals("<p>" + "*".repeat(3000) + "</p>", MarkdownBody.toSafeHtml(stars));
  }

  @Test
  void shouldCountInlineMarkersParagraphByParagraph() {
    String paragraph = "A *key* figure and a [link](https://kaztag.kz). ".repeat(150);
    String body = (paragraph + "\n\n").repeat(10);

    String html = MarkdownBody.toSafeHtml(body);

    assertEquals(1500, html.split("<em>", -1).length - 1);
  }

  @Test
  void shouldKeepAParagraphOfManyEmphasisedWords() {
    String busy = "*a* ".repeat(BodyNesting.MAX_INLINE_MARKERS / 2);

    assertEquals(1000, MarkdownBody.toSafeHtml(busy).split("<em>", -1).length - 1);
  }

  @Test
  void shouldRefuseAParagraphWithMoreInlineMarkersThanTheParserMayNest() {
    String crowded = "*a* ".repeat(BodyNesting.MAX_INLINE_MARKERS / 2 + 1);

    assertThrows(ProblemException.class, () -> MarkdownBody.toSafeHtml(crowded));
  }

  @Test
  void shouldMeasureTheTreeWithoutRecursion() {
    var parser = org.commonmark.parser.Parser.builder().build();

    assertEquals(3, BodyNesting.depth(parser.parse("> Almaty")));
    assertEquals(1, BodyNesting.depth(parser.parse("---")));
    assertEquals(0, BodyNesting.depth(parser.parse("")));
  }

  static String deep(String shape) {
    return switch (shape) {
      case "quotes" -> "> ".repeat(15_000) + "Almaty";
      case "lists" -> "- ".repeat(6_000) + "Almaty";
      case "ordered" -> "1. ".repeat(6_000) + "Almaty";
      case "emphasis" -> "*a ".repeat(20_000) + "x" + " a*".repeat(20_000);
      case "images" -> "![".repeat(20_000) + "x" + "](u)".repeat(20_000);
      case "links" -> "[".repeat(20_000) + "x" + "](u)".repeat(20_000);
      case "html" -> "<blockquote>".repeat(20_000) + "Almaty";
      default -> throw new IllegalArgumentException(shape);
    };
  }
}
