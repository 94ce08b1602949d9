package dev.tilmash.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.text.BodyBlock;
import dev.tilmash.text.MarkdownBlocks;
import dev.tilmash.text.MarkdownBody;
import dev.tilmash.text.MarkdownInlines;
import dev.tilmash.text.SentenceSplitter;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An exact memory match needs the sentence an XLIFF export asks about to be a sentence the memory
 * stored. The export cuts the Markdown body's blocks into segments; the memory cuts the stored HTML
 * into sentences. Both must keep abbreviations whole the same way.
 */
class SegmentationAgreementTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Dr. Smith opened the forum. Traders came from far away, e.g. Almaty. Prices rose.",
        "en | Mr. Brown spoke first. **Dr. Lee** spoke next, i.e. after lunch.",
        "en | See [the report. Page 2](https://example.org) for *e.g. Astana.* Then `x.` too.",
        "ru | Форум открыл проф. Иванов. Пришли торговцы, т.е. Алматы и Ташкент. Цены выросли.",
        "ru | В 2024 г. в Астане прошёл форум, т.е. **в столице. Его** открыл министр.",
        "kk | Форумды Назарбаев ун-ті ашты. Т.е. бәрі келді.",
        "zh | 论坛在阿斯塔纳举行。部长致开幕词，例如 Dr. Wang。",
      })
  void shouldCutTheBodyIntoTheSameSentencesForXliffAndForTheMemory(String language, String body) {
    assertEquals(xliffSegments(language, body), memorySentences(language, body));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Mr. Brown spoke first. Then he left. | Mr. Brown spoke first.",
        "ru | В 2024 г. в Астане прошёл форум. Его открыл министр. | В 2024 г. в Астане прошёл форум.",
      })
  void shouldKeepAnAbbreviationInItsSentenceOnBothSides(
      String language, String body, String sentence) {
    assertEquals(sentence, xliffSegments(language, body).get(0));
    assertEquals(sentence, memorySentences(language, body).get(0));
  }

  /** What an export asks the memory about: each segment of each body block, as plain text. */
  private static List<String> xliffSegments(String language, String body) {
    SentenceSplitter splitter = new SentenceSplitter(language);
    return MarkdownBlocks.read(body).stream()
        .map(BodyBlock::content)
        .flatMap(content -> splitter.split(content).stream())
        .filter(SentenceSplitter.Piece::segment)
        .map(piece -> MarkdownInlines.plainText(piece.content()))
        .toList();
  }

  /** What the memory stores: the sentences of the revision's stored HTML. */
  private static List<String> memorySentences(String language, String body) {
    return new RevisionText(language, "", "", MarkdownBody.toSafeHtml(body))
        .segments().stream()
            .filter(segment -> Objects.nonNull(segment.sentence()))
            .map(SourceSegment::text)
            .toList();
  }
}
