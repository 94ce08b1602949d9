package dev.tilmash.importing;

import static dev.tilmash.importing.ImportFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.ProblemType;
import dev.tilmash.text.BodyNesting;
import dev.tilmash.text.MarkdownBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostilely deep files never overflow the importer's stack: a Markdown file is refused like such a
 * body, naming the limit; an HTML page is flattened below the depth the importer walks, keeping its
 * words, with a warning.
 */
class DeepImportTest {
  private final ArticleImporter importer = ImportFixtures.importer();

  @ParameterizedTest
  @ValueSource(strings = {"> ", "- ", "1. ", "* > "})
  void shouldRefuseAMarkdownFileNestedDeeperThanABodyMay(String marker) {
    String markdown = "# Grain exports rise\n\n" + marker.repeat(15_000) + "Wheat went east.\n";

    ImportedArticle file = importer.read(utf8("deep.md", markdown), null);

    assertFalse(file.accepted());
    assertEquals(ProblemType.BODY_TOO_DEEP, file.rejection().type());
    assertEquals(BodyNesting.MAX_DEPTH, file.rejection().arguments().get("maxDepth"));
    assertEquals("Grain exports rise", file.title());
  }

  @Test
  void shouldReadDeepMarkersInAPlainTextFileAsText() {
    String text = "Grain exports rise\n\n" + "> ".repeat(15_000) + "Wheat went east.\n";

    ImportedArticle file =
        importer.read(utf8("deep.txt", text), ImportFixtures.languages().defaultLanguage());

    assertTrue(file.accepted(), () -> String.valueOf(file.rejection()));
    assertTrue(file.body().endsWith("Wheat went east."), file.body().substring(0, 40));
    assertTrue(MarkdownBody.toSafeHtml(file.body()).startsWith("<p>&gt; &gt; "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"div", "blockquote", "span", "ul><li", "font", "table><tr><td"})
  void shouldFlattenAPageNestedDeeperThanTheImporterWalks(String element) {
    String open = "<" + element + ">";
    String html =
        "<html><body><h1>Grain exports rise</h1><p>Wheat went east.</p>"
            + open.repeat(20_000)
            + "Barley went south."
            + "</body></html>";

    ImportedArticle page =
        importer.read(utf8("deep.html", html), ImportFixtures.languages().defaultLanguage());

    assertTrue(page.accepted(), () -> String.valueOf(page.rejection()));
    assertEquals("Grain exports rise", page.title());
    assertTrue(page.body().contains("Wheat went east."), page.body());
    assertTrue(page.body().contains("Barley went south."), page.body());
    assertTrue(
        page.warnings().stream().anyMatch(w -> w.code().equals("nesting-flattened")),
        page.warnings()::toString);
  }

  @Test
  void shouldKeepTheStructureOfAPageNestedLessDeeply() {
    String html =
        "<h1>Grain exports rise</h1>"
            + "<div>".repeat(PageNesting.MAX_DEPTH - 5)
            + "<ul><li>Wheat<ul><li>Barley</li></ul></li></ul>";

    ImportedArticle page =
        importer.read(utf8("nested.html", html), ImportFixtures.languages().defaultLanguage());

    assertTrue(page.accepted(), () -> String.valueOf(page.rejection()));
    assertEquals("- Wheat\n  - Barley", page.body());
    assertTrue(page.warnings().stream().noneMatch(w -> w.code().equals("nesting-flattened")));
  }
}
