package dev.tilmash.importing;

import static dev.tilmash.importing.ImportFixtures.file;
import static dev.tilmash.importing.ImportFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.language.Language;
import dev.tilmash.text.MarkdownBody;
import dev.tilmash.text.PlainText;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole reading of a file, on pages written like an old site's exports and scrapes. */
class ArticleImporterTest {
  private final ArticleImporter importer = ImportFixtures.importer();

  @Test
  void shouldImportAScrapedEnglishNewsPageWithoutItsDebris() {
    ImportedArticle page = importer.read(file("scraped-page.en.html"), null);

    assertTrue(page.accepted(), () -> String.valueOf(page.rejection()));
    assertEquals("Dry port at Khorgos doubles container traffic", page.title());
    assertEquals("Daniyar Seitkali", page.author());
    assertEquals("Kazakh Railways press service", page.source());
    assertEquals("en", page.language().tag());
    assertFalse(page.languageGiven());
    assertTrue(page.summary().startsWith("The dry port on the Chinese border"));
    String body = page.body();
    assertAll(
        () -> assertTrue(body.startsWith("The dry port at **Khorgos**, on the border"), body),
        () -> assertTrue(body.contains("## New tracks and a second gate"), body),
        () -> assertTrue(body.contains("- Two new gantry cranes arrive in March."), body),
        () -> assertTrue(body.contains("> “We are no longer a bottleneck."), body),
        () ->
            assertTrue(
                body.contains(
                    "[national transport plan]"
                        + "(https://old.steppe-courier.example/economy/2023/transport-plan)"),
                "relative links resolve against the canonical URL: " + body),
        () ->
            assertTrue(
                body.contains("[ferry capacity report](https://www.example.org/reports/"), body));
    for (String debris :
        List.of(
            "Facebook",
            "Telegram",
            "USD",
            "471",
            "Almaty +18",
            "Read also",
            "Aktau",
            "Comments",
            "©",
            "Most read",
            "Tags",
            "views",
            "Politics",
            "Steppe Courier",
            "Photo:",
            "Print",
            "Author:",
            "Source:",
            "javascript")) {
      assertFalse(body.contains(debris), () -> debris + " left in " + body);
    }
    assertTrue(
        rules(page)
            .containsAll(
                Set.of(
                    "share",
                    "exchange-rate",
                    "weather",
                    "read-also",
                    "comments",
                    "navigation",
                    "footer",
                    "aside",
                    "tags",
                    "dateline")),
        () -> rules(page).toString());
    assertTrue(warningCodes(page).contains("media-dropped"), page.warnings()::toString);
    assertEquals(words(page.body()), page.words());
  }

  @Test
  void shouldImportAnOldTableLaidRussianPageWithDebrisInItsText() {
    ImportedArticle page = importer.read(file("scraped-page.ru.html"), null);

    assertTrue(page.accepted(), () -> String.valueOf(page.rejection()));
    assertEquals("В Павлодаре открыли новый терминал для зерна", page.title());
    assertEquals("Ольга Кравченко", page.author());
    assertEquals("пресс-служба акимата области", page.source());
    assertEquals("ru", page.language().tag());
    assertTrue(page.guess().confidence() > 0.95, page.guess()::toString);
    List<String> paragraphs = List.of(page.body().split("\n\n"));
    assertEquals(5, paragraphs.size(), page.body());
    assertTrue(paragraphs.get(0).startsWith("На станции Павлодар-Южный"), paragraphs.get(0));
    assertEquals("**Что изменится для фермеров**", paragraphs.get(2));
    assertTrue(paragraphs.get(4).startsWith("Аким области пообещал"), paragraphs.get(4));
    assertEquals(
        Set.of(
            "before-title",
            "navigation",
            "exchange-rate",
            "weather",
            "dateline",
            "share",
            "read-also",
            "comments",
            "copyright"),
        rules(page));
  }

  @Test
  void shouldTakeTitleAndAuthorFromMarkdownFrontMatter() {
    ImportedArticle export = importer.read(file("export.en.md"), null);

    assertTrue(export.accepted(), () -> String.valueOf(export.rejection()));
    assertEquals("Almaty forum agrees a common plan for mountain water", export.title());
    assertEquals("Aliya Nurmagambetova", export.author());
    assertEquals("Regional Environmental Centre", export.source());
    assertTrue(export.body().startsWith("Delegations from five Central Asian countries"));
    assertTrue(export.body().contains("shared plan to monitor glaciers"), export.body());
    assertTrue(export.body().contains("## Why it matters"));
    assertTrue(export.body().contains("Read more in the [forum's final statement]"));
    assertFalse(export.body().contains("Dam safety"), export.body());
    assertFalse(export.body().contains("Share"), export.body());
    assertFalse(export.body().contains("forum.jpg"), export.body());
    assertEquals(Set.of("front-matter-ignored", "media-dropped"), Set.copyOf(warningCodes(export)));
    assertEquals(
        List.of("date", "slug", "categories"), export.warnings().get(0).arguments().get("keys"));
  }

  @Test
  void shouldTakeTheFirstMarkdownHeadingAsTitle() {
    ImportedArticle export = importer.read(file("export.ru.md"), null);

    assertTrue(export.accepted(), () -> String.valueOf(export.rejection()));
    assertEquals("Ташкент и Алматы свяжет ежедневный скоростной поезд", export.title());
    assertEquals("Тимур Ахмедов", export.author());
    assertEquals("Узбекистон темир йуллари", export.source());
    assertEquals("ru", export.language().tag());
    assertTrue(export.body().contains("## Билеты и цены\n\n- Продажа билетов"), export.body());
    for (String debris : List.of("Главная", "USD", "Новый вокзал", "Бишкека", "Поделиться")) {
      assertFalse(export.body().contains(debris), () -> debris + " left in " + export.body());
    }
    assertEquals(Set.of("navigation", "exchange-rate", "read-also", "share"), rules(export));
  }

  @Test
  void shouldReadMisspelledAuthorAndSourceLinesOfAPlainTextExport() {
    ImportedArticle export = importer.read(file("export.en.txt"), null);

    assertTrue(export.accepted(), () -> String.valueOf(export.rejection()));
    assertEquals(
        "Students from five countries meet at a summer school on the Silk Road", export.title());
    assertEquals("Madina Yusupova", export.author());
    assertEquals("University of Samarkand press office", export.source());
    assertEquals(3, export.body().split("\n\n").length, export.body());
    assertEquals(Set.of("navigation", "weather", "read-also", "share", "copyright"), rules(export));
  }

  @Test
  void shouldKeepTheFirstOfTwoSourcesAndWarn() {
    ImportedArticle export = importer.read(file("export.ru.txt"), null);

    assertTrue(export.accepted(), () -> String.valueOf(export.rejection()));
    assertEquals("Айгуль Садыкова", export.author(), "Атвор: is a misspelled Автор:");
    assertEquals("организационный комитет форума", export.source());
    ImportWarning repeated = export.warnings().get(0);
    assertEquals("metadata-repeated", repeated.code());
    assertEquals("source", repeated.arguments().get("field"));
    assertEquals("сайт организаторов", repeated.arguments().get("value"));
    assertEquals(Set.of("advertisement", "subscribe", "counter"), rules(export));
    assertEquals(3, export.body().split("\n\n").length, export.body());
  }

  @Test
  void shouldEscapePlainTextSoThatItShowsAsWritten() {
    ImportedArticle text =
        importer.read(
            utf8("a.txt", "Prices *rose* by 5%\n\n<script>alert(1)</script> 1. not a list\n"),
            null);
    assertEquals("Prices *rose* by 5%", text.title());
    String html = MarkdownBody.toSafeHtml(text.body());
    assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; 1. not a list</p>", html);
  }

  @Test
  void shouldTurnBulletsOfPlainTextIntoAList() {
    ImportedArticle text =
        importer.read(utf8("a.txt", "Title of the list\n\n• first item\n• second item\n"), null);
    assertEquals("- first item\n- second item", text.body());
  }

  @Test
  void shouldUseTheGivenLanguageAndWarnWhenTheTextLooksOtherwise() {
    Language russian = ImportFixtures.languages().require("ru");
    ImportedArticle export = importer.read(file("export.en.txt"), russian);
    assertEquals("ru", export.language().tag());
    assertTrue(export.languageGiven());
    assertEquals("en", export.guess().tag());
    assertEquals(List.of("language-differs"), warningCodes(export));
  }

  @Test
  void shouldMapTheGuessToAConfiguredLanguage() {
    assertEquals("kk", importer.read(file("snippet.kk.txt"), null).language().tag());
    assertEquals("uz", importer.read(file("snippet.uz.txt"), null).language().tag());
    assertEquals("zh", importer.read(file("snippet.zh.txt"), null).language().tag());
  }

  @Test
  void shouldCountChineseWordsByDictionaryNotBySpaces() {
    ImportedArticle chinese =
        importer.read(utf8("zh.txt", "标题\n\n" + ImportFixtures.text("snippet.zh.txt")), null);
    assertTrue(chinese.words() > 30, () -> "words: " + chinese.words());
  }

  @Test
  void shouldRejectALanguageTheNewsroomDoesNotHave() {
    ImportedArticle georgian =
        importer.read(utf8("ka.txt", "საქართველო\n\nსაქართველოს მთავრობამ ახალი გზა გახსნა"), null);
    assertEquals("language", reason(georgian));
    assertEquals("ka", georgian.rejection().arguments().get("guessed"));
    ImportedArticle traditional =
        importer.read(utf8("hant.txt", "貿易\n\n哈薩克斯坦與烏茲別克斯坦之間的貿易額今年顯著增長。"), null);
    assertEquals("language", reason(traditional), "zh-Hant is not zh (Hans) in the default set");
  }

  @Test
  void shouldRejectAnUncertainGuessButNotAGivenLanguage() {
    ImportedArticle vague = importer.read(utf8("a.txt", "Astana 2024\n"), null);
    assertEquals("uncertain", reason(vague));
    assertEquals("Astana 2024", vague.title());
    ImportedArticle given =
        importer.read(utf8("a.txt", "Astana 2024\n"), ImportFixtures.languages().require("en"));
    assertTrue(given.accepted());
    assertEquals(List.of("empty-body"), warningCodes(given));
  }

  @ParameterizedTest
  @ValueSource(strings = {"photo.jpg", "archive.zip", "document.docx", "README"})
  void shouldRejectOtherFileTypes(String name) {
    ImportedArticle other = importer.read(utf8(name, "Title\n\nText"), null);
    assertEquals("type", reason(other));
    assertNull(other.format());
  }

  @Test
  void shouldRejectAFileWithoutTitle() {
    assertEquals("untitled", reason(importer.read(utf8("a.html", "<p>Share</p>"), null)));
    assertEquals("untitled", reason(importer.read(utf8("a.txt", "Share this article\n"), null)));
    ImportedArticle overlong = importer.read(utf8("a.txt", "word ".repeat(120) + "\n\nText"), null);
    assertEquals("overlong", reason(overlong));
  }

  @Test
  void shouldTakeTheTitleFromTheHeadWhenThePageHasNoHeading() {
    ImportedArticle page =
        importer.read(
            utf8(
                "a.html",
                "<title>Grain exports rise | Old Site</title><div><p>Exports of grain rose again"
                    + " this autumn, the ministry said.</p></div>"),
            null);
    assertEquals("Grain exports rise", page.title());
    assertEquals(List.of("title-from-head"), warningCodes(page));
  }

  private static String reason(ImportedArticle article) {
    assertFalse(article.accepted(), article::toString);
    return (String) article.rejection().arguments().get("reason");
  }

  private static Set<String> rules(ImportedArticle article) {
    return article.dropped().stream().map(DroppedLine::rule).collect(Collectors.toSet());
  }

  private static List<String> warningCodes(ImportedArticle article) {
    return article.warnings().stream().map(ImportWarning::code).toList();
  }

  private static int words(String body) {
    return dev.tilmash.language.WordCounter.countWords(
        PlainText.of(MarkdownBody.toSafeHtml(body)), com.ibm.icu.util.ULocale.ENGLISH);
  }
}
