package dev.tilmash.importing;

import static dev.tilmash.importing.ImportFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageEndTest {
  private static final String ARTICLE =
      "Grain exports rise again\n\nExports of grain rose again this autumn, the ministry said on"
          + " Monday. Most of it went to China by rail.\n\n";
  private final ArticleImporter importer = ImportFixtures.importer();

  @Test
  void shouldKeepAListAndWhatALineLeadsInto() {
    ImportedArticle page =
        importer.read(
            utf8(
                "a.txt",
                ARTICLE
                    + "The new terminals are in:\nDostyk\nAltynkol\n\n• Aktau port\n• Kuryk port"),
            null);
    assertTrue(page.body().endsWith("- Aktau port\n- Kuryk port"), page.body());
    assertTrue(page.body().contains("Dostyk\nAltynkol"), page.body());
    assertEquals(List.of(), page.dropped());
  }

  @Test
  void shouldLeaveAPageWithoutParagraphsAlone() {
    ImportedArticle page =
        importer.read(
            utf8("a.txt", "Timetable\n\nAlmaty Bishkek\nAstana Tashkent\n"),
            ImportFixtures.languages().require("en"));
    assertEquals("Almaty Bishkek\nAstana Tashkent", page.body());
    assertEquals(List.of(), page.dropped());
  }

  @Test
  void shouldWarnWhenTheSignatureNamesAnotherAuthor() {
    ImportedArticle page =
        importer.read(
            utf8(
                "a.txt",
                ARTICLE.replace("\n\n", "\n\nAuthor: Madina Yusupova\n\n")
                    + "Aigerim Nurlanova, Senior Fellow at the Institute of World Economy\n"),
            null);
    assertEquals("Madina Yusupova", page.author());
    assertEquals("metadata-repeated", page.warnings().get(0).code());
    assertEquals(
        new DroppedLine(
            "Aigerim Nurlanova, Senior Fellow at the Institute of World Economy", "signature"),
        page.dropped().get(0));
  }

  @Test
  void shouldTakeNoSignatureFromTheArticleText() {
    ImportedArticle page =
        importer.read(
            utf8(
                "a.txt",
                ARTICLE + "Ivan Petrov, the head of the union, said the talks would continue."),
            null);
    assertNull(page.author());
    assertTrue(page.body().endsWith("said the talks would continue."), page.body());
  }
}
