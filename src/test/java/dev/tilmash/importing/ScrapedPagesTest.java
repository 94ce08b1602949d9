package dev.tilmash.importing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages as scraped from an old news site, with its chrome left in: no title line, section labels,
 * breadcrumbs without separators, a title in capitals or twice, pull quotes, a signature instead of
 * {@code Author:}, and a footer, ticker and other headlines after the article. Each page {@code
 * pages/<name>.txt} has a {@code pages/<name>.expected} beside it: the {@code title}, {@code
 * author} ({@code -} for none), {@code language}, how the body's {@code first} paragraph starts and
 * its {@code last} one ends, every {@code dropped} line as {@code rule | text}, and every {@code
 * warning} code.
 */
class ScrapedPagesTest {
  private final ArticleImporter importer = ImportFixtures.importer();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "grain-harvest.en",
        "middle-corridor.en",
        "trade-target.en",
        "khorgos-crossing.en",
        "samarkand-tourism.en",
        "caspian-ports.en",
        "base-rate.ru",
        "flour-exports.ru",
        "naryn-road.ru",
        "water-council.ru",
        "water-agreement.kk",
        "student-exchange.kk"
      })
  void shouldFindTitleAndAuthorAndDropTheSiteChrome(String page) {
    Expected expected = Expected.read(ImportFixtures.text("pages/" + page + ".expected"));
    ImportedArticle article = importer.read(ImportFixtures.file("pages/" + page + ".txt"), null);

    assertTrue(article.accepted(), () -> String.valueOf(article.rejection()));
    List<String> paragraphs =
        List.of(article.body().split("\n\n")).stream()
            .map(paragraph -> paragraph.replace('\n', ' '))
            .toList();
    List<String> dropped =
        article.dropped().stream().map(line -> line.rule() + " | " + line.text()).toList();
    assertAll(
        () -> assertEquals(expected.title, article.title()),
        () -> assertEquals(expected.author, article.author()),
        () -> assertEquals(expected.language, article.language().tag()),
        () -> assertTrue(paragraphs.get(0).startsWith(expected.first), paragraphs.get(0)),
        () ->
            assertTrue(
                paragraphs.get(paragraphs.size() - 1).endsWith(expected.last),
                () -> last(paragraphs)),
        () -> assertEquals(sorted(expected.dropped), sorted(dropped)),
        () ->
            assertEquals(
                expected.warnings, article.warnings().stream().map(ImportWarning::code).toList()));
    for (DroppedLine line : article.dropped()) {
      assertFalse(article.body().contains(line.text()), () -> line + " left in " + article.body());
    }
  }

  private static String last(List<String> paragraphs) {
    return paragraphs.get(paragraphs.size() - 1);
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }

  /** What a page's {@code .expected} file says the import finds. */
  private static final class Expected {
    String title;
    String author;
    String language;
    String first;
    String last;
    final List<String> dropped = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    static Expected read(String text) {
      Expected expected = new Expected();
      for (String line : text.split("\n")) {
        int colon = line.indexOf(": ");
        if (colon < 0) {
          continue;
        }
        String value = line.substring(colon + 2).strip();
        switch (line.substring(0, colon)) {
          case "title" -> expected.title = value;
          case "author" -> expected.author = value.equals("-") ? null : value;
          case "language" -> expected.language = value;
          case "first" -> expected.first = value;
          case "last" -> expected.last = value;
          case "dropped" -> expected.dropped.add(value);
          case "warning" -> expected.warnings.add(value);
          default -> throw new IllegalArgumentException("unknown key in " + line);
        }
      }
      return expected;
    }
  }
}
