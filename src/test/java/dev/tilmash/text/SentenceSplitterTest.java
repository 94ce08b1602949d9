package dev.tilmash.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> segments(String lang, String markdown) {
    List<Inline> content =
        MarkdownInlines.read(Parser.builder().build().parse(markdown).getFirstChild());
    return new SentenceSplitter(lang)
        .split(content).stream()
            .map(p -> (p.segment() ? "" : "~") + MarkdownInlines.canonical(p.content()))
            .toList();
  }

  @Test
  void shouldCutEnglishIntoSentencesWithTheSpacesBetweenAsIgnorables() {
    assertEquals(
        List.of("Mr. Smith arrived on Monday.", "~", "He left at 5 p.m. on Friday!", "~", "Why?"),
        segments("en", "Mr. Smith arrived on Monday. He left at 5 p.m. on Friday! Why?"));
  }

  @Test
  void shouldKeepRussianAbbreviationsBeforeLowerCaseInOneSentence() {
    assertEquals(
        List.of("В 2024 г. в Астане прошёл форум.", "~", "Его открыл министр."),
        segments("ru", "В 2024 г. в Астане прошёл форум. Его открыл министр."));
  }

  @Test
  void shouldCutChineseAtFullStopsWithoutSpaces() {
    assertEquals(List.of("论坛在阿斯塔纳举行。", "部长致开幕词。"), segments("zh", "论坛在阿斯塔纳举行。部长致开幕词。"));
  }

  @Test
  void shouldNotBreakInsideBoldOrLinks() {
    assertEquals(
        List.of("**First sentence. Second sentence.**", "~", "Third [one. Four](https://x.org)."),
        segments("en", "**First sentence. Second sentence.** Third [one. Four](https://x.org)."));
  }

  @Test
  void shouldPutCodesAtABreakWithTheSentenceTheyBelongTo() {
    assertEquals(List.of("*Note.*", "~", "**The** rest."), segments("en", "*Note.* **The** rest."));
  }

  @Test
  void shouldLeaveASingleSentenceWhole() {
    assertEquals(List.of("Grain exports rise"), segments("en", "Grain exports rise"));
  }
}
