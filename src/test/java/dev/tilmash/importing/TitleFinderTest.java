package dev.tilmash.importing;

import static dev.tilmash.importing.ImportFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
  private static final String PARAGRAPH =
      "Exports of grain from Kazakhstan rose again this autumn, the ministry said on Monday. Most"
          + " of it went to China and to Uzbekistan by rail.";
  private final ArticleImporter importer = ImportFixtures.importer();

  @Test
  void shouldNeverTakeASectionLabelInCapitalsForTheTitle() {
    ImportedArticle page = importer.read(utf8("a.txt", "NEWS\n\n" + PARAGRAPH), null);
    assertEquals(
        "Exports of grain from Kazakhstan rose again this autumn, the ministry said on Monday",
        page.title());
    assertEquals(List.of(new DroppedLine("NEWS", "section-label")), page.dropped());
    assertEquals(List.of("title-derived"), codes(page));
    assertEquals(PARAGRAPH, page.body());
  }

  @Test
  void shouldDropALabelInCapitalsBetweenTheTitleAndTheText() {
    ImportedArticle page =
        importer.read(utf8("a.txt", "Grain exports rise again\nEXCLUSIVE\n" + PARAGRAPH), null);
    assertEquals("Grain exports rise again", page.title());
    assertEquals(List.of(new DroppedLine("EXCLUSIVE", "section-label")), page.dropped());
    assertEquals(PARAGRAPH, page.body());
  }

  @Test
  void shouldKeepAShortTitleThatNothingElseCompetesWith() {
    assertEquals(
        "Astana 2024", importer.read(utf8("a.txt", "Astana 2024\n\n" + PARAGRAPH), null).title());
    String chinese = "哈萨克斯坦与乌兹别克斯坦之间的贸易额今年显著增长。两国同意简化边境口岸的手续。";
    ImportedArticle page = importer.read(utf8("zh.txt", "贸易\n\n" + chinese), null);
    assertEquals("贸易", page.title());
    assertEquals(chinese, page.body());
  }

  @Test
  void shouldDropASiteNameAboveTheTitleAsALabel() {
    ImportedArticle page =
        importer.read(
            utf8("a.txt", "Steppe Courier\nGrain exports rise again\n" + PARAGRAPH), null);
    assertEquals("Grain exports rise again", page.title());
    assertEquals(List.of(new DroppedLine("Steppe Courier", "section-label")), page.dropped());
  }

  @Test
  void shouldTakeAMarkdownHeadingAfterChromeAndKeepAPullQuoteAsAQuotation() {
    ImportedArticle page =
        importer.read(
            utf8(
                "a.md",
                "ECONOMY\n\n“Grain is our second oil,” says the minister\n\n# Grain exports rise"
                    + " again\n\n"
                    + PARAGRAPH),
            null);
    assertEquals("Grain exports rise again", page.title());
    assertTrue(
        page.body().startsWith("> “Grain is our second oil,” says the minister\n\n"), page.body());
    assertEquals(List.of(new DroppedLine("ECONOMY", "section-label")), page.dropped());
  }

  @Test
  void shouldLeaveAQuotationTheFileMarksAsItIs() {
    ImportedArticle page =
        importer.read(
            utf8(
                "a.md",
                "> “Grain is our second oil,” says the minister\n\nGrain exports rise again\n\n"
                    + PARAGRAPH),
            null);
    assertEquals("Grain exports rise again", page.title());
    assertTrue(
        page.body().startsWith("> “Grain is our second oil,” says the minister\n\nExports"),
        page.body());
  }

  @Test
  void shouldRecaseCapitalsAsTheArticleSpellsItsWords() {
    ImportedArticle page =
        importer.read(
            utf8(
                "a.txt",
                "KAZAKHSTAN AND THE EU SIGN A DEAL ON RARE METALS\n\nThe deal with the EU covers"
                    + " rare metals and their processing in Kazakhstan. Officials in Astana"
                    + " expect the first joint plant in two years."),
            null);
    assertEquals("Kazakhstan and the EU sign a deal on rare metals", page.title());
  }

  @Test
  void shouldCutALongFirstSentenceAfterAWholeWord() {
    TextShape shape = new TextShape(ULocale.forLanguageTag("zh"));
    String sentence = "中亚".repeat(80) + "。";
    String title = DerivedTitle.from(sentence, shape);
    assertTrue(title.endsWith("…") && title.length() <= DerivedTitle.MAX, title);
    assertTrue(sentence.startsWith(title.substring(0, title.length() - 1)), title);
    String english =
        DerivedTitle.from("word ".repeat(40).strip() + " end.", new TextShape(ULocale.ENGLISH));
    assertTrue(english.endsWith("word…"), english);
  }

  @Test
  void shouldStillRefuseALongLineWithoutSentencesAsAnOverlongTitle() {
    ImportedArticle page = importer.read(utf8("a.txt", "word ".repeat(120) + "\n\nText"), null);
    assertEquals("overlong", page.rejection().arguments().get("reason"));
  }

  private static List<String> codes(ImportedArticle page) {
    return page.warnings().stream().map(ImportWarning::code).toList();
  }
}
