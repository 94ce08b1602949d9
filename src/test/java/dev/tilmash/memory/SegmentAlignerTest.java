package dev.tilmash.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.text.BodyBlock;
import dev.tilmash.text.MarkdownBody;
import dev.tilmash.text.SafeHtmlBlocks;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentAlignerTest {
  private static RevisionText text(String language, String title, String summary, String body) {
    return new RevisionText(language, title, summary, MarkdownBody.toSafeHtml(body));
  }

  private static final RevisionText ENGLISH =
      text(
          "en",
          "The Middle Corridor",
          "Cargo through the Caspian grows.",
          """
          ## Figures

          The port of Aktau handled 4 million tonnes. Container traffic doubled.

          - about 50,000 containers
          - new ferries
          """);

  @Test
  void shouldPairTitleSummaryAndEverySentenceOfARussianTranslation() {
    RevisionText russian =
        text(
            "ru",
            "Средний коридор",
            "Грузопоток через Каспий растёт.",
            """
            ## Цифры

            Порт Актау перевалил 4 млн тонн. Контейнерные перевозки удвоились.

            - около 50 000 контейнеров
            - новые паромы
            """);

    List<SegmentPair> pairs = SegmentAligner.align(ENGLISH, russian);

    assertEquals(
        List.of(
            new SegmentPair("The Middle Corridor", "Средний коридор"),
            new SegmentPair("Cargo through the Caspian grows.", "Грузопоток через Каспий растёт."),
            new SegmentPair("Figures", "Цифры"),
            new SegmentPair(
                "The port of Aktau handled 4 million tonnes.", "Порт Актау перевалил 4 млн тонн."),
            new SegmentPair("Container traffic doubled.", "Контейнерные перевозки удвоились."),
            new SegmentPair("about 50,000 containers", "около 50 000 контейнеров"),
            new SegmentPair("new ferries", "новые паромы")),
        pairs);
  }

  @Test
  void shouldKeepABlockWholeWhenTheTranslatorJoinedItsSentences() {
    RevisionText kazakh =
        text(
            "kk",
            "Орта дәліз",
            "Каспий арқылы жүк тасымалы өсуде.",
            """
            ## Сандар

            Ақтау порты 4 млн тонна жүк өткізді, контейнер тасымалы екі есе өсті.

            - 50 000-ға жуық контейнер
            - жаңа паромдар
            """);

    List<SegmentPair> pairs = SegmentAligner.align(ENGLISH, kazakh);

    assertTrue(
        pairs.contains(
            new SegmentPair(
                "The port of Aktau handled 4 million tonnes. Container traffic doubled.",
                "Ақтау порты 4 млн тонна жүк өткізді, контейнер тасымалы екі есе өсті.")),
        pairs::toString);
    assertTrue(pairs.contains(new SegmentPair("new ferries", "жаңа паромдар")));
    assertEquals(6, pairs.size());
  }

  @Test
  void shouldPairOnlyTitleAndSummaryWhenTheBodiesHaveDifferentBlocks() {
    RevisionText chinese =
        text("zh", "中间走廊", "经里海的货运量增长。", "阿克套港处理了400万吨货物。集装箱运输翻了一番。\n\n- 约5万个集装箱\n- 新渡轮\n");

    List<SegmentPair> pairs = SegmentAligner.align(ENGLISH, chinese);

    assertEquals(
        List.of(
            new SegmentPair("The Middle Corridor", "中间走廊"),
            new SegmentPair("Cargo through the Caspian grows.", "经里海的货运量增长。")),
        pairs);
  }

  @Test
  void shouldSplitChineseSentencesAtIdeographicFullStops() {
    RevisionText chinese =
        text(
            "zh", "中间走廊", "经里海的货运量增长。", "## 数字\n\n阿克套港处理了400万吨货物。集装箱运输翻了一番。\n\n- 约5万个集装箱\n- 新渡轮\n");

    List<SegmentPair> pairs = SegmentAligner.align(ENGLISH, chinese);

    assertTrue(
        pairs.contains(
            new SegmentPair("The port of Aktau handled 4 million tonnes.", "阿克套港处理了400万吨货物。")),
        pairs::toString);
    assertTrue(pairs.contains(new SegmentPair("Container traffic doubled.", "集装箱运输翻了一番。")));
  }

  @Test
  void shouldNotRepeatAPairThatOccursTwice() {
    RevisionText source = text("en", "Title", "", "Thank you.\n\nText.\n\nThank you.\n");
    RevisionText target = text("ru", "Заголовок", "", "Спасибо.\n\nТекст.\n\nСпасибо.\n");

    assertEquals(
        List.of(
            new SegmentPair("Title", "Заголовок"),
            new SegmentPair("Thank you.", "Спасибо."),
            new SegmentPair("Text.", "Текст.")),
        SegmentAligner.align(source, target));
  }

  @Test
  void shouldReadBlocksThroughQuotesAndNestedListsAndSkipCode() {
    List<String> blocks =
        SafeHtmlBlocks.read(
                MarkdownBody.toSafeHtml(
                    """
                > Quoted **words**.

                - item one
                  - nested item
                - item two

                ```
                code();
                ```

                Last paragraph with a [link](https://example.org).
                """))
            .stream()
            .map(BodyBlock::plainText)
            .toList();

    assertEquals(
        List.of(
            "Quoted words.", "item one", "nested item", "item two", "Last paragraph with a link."),
        blocks);
  }

  @Test
  void shouldOfferTheWholeBlockAndItsSentencesForLookup() {
    List<SourceSegment> segments = ENGLISH.segments();

    assertEquals(new SourceSegment("title", null, 0, "The Middle Corridor"), segments.get(0));
    assertEquals(new SourceSegment("body", 0, 0, "Figures"), segments.get(2));
    assertEquals(
        new SourceSegment(
            "body",
            1,
            null,
            "The port of Aktau handled 4 million tonnes. Container traffic doubled."),
        segments.get(3));
    assertEquals(new SourceSegment("body", 1, 1, "Container traffic doubled."), segments.get(5));
    assertEquals(8, segments.size());
  }
}
