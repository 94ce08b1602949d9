package dev.tilmash.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCounterTest {

  @Test
  void shouldCountEnglishWordsAndNotPunctuation() {
    assertEquals(
        9, WordCounter.countWords("The quick brown fox jumps over the lazy dog.", ULocale.ENGLISH));
  }

  @Test
  void shouldCountNumbersAndContractionsAsWords() {
    assertEquals(7, WordCounter.countWords("Trade grew 15% in 2024 — didn't it?", ULocale.ENGLISH));
  }

  @Test
  void shouldCountChineseDictionaryWordsNotCharacters() {
    String text = "中亚国家加强贸易合作";
    int words = WordCounter.countWords(text, ULocale.forLanguageTag("zh"));
    assertTrue(words > 2 && words < text.length(), "words: " + words);
  }

  @Test
  void shouldCountRussianAndKazakhWords() {
    assertEquals(
        7,
        WordCounter.countWords(
            "Средний коридор: грузы через Каспий идут быстрее.", ULocale.forLanguageTag("ru")));
    assertEquals(
        5,
        WordCounter.countWords(
            "Қазақстан әлемдік нарыққа өнім ұсынды.", ULocale.forLanguageTag("kk")));
  }

  @Test
  void shouldCountNothingInEmptyOrPunctuationOnlyText() {
    assertEquals(0, WordCounter.countWords(null, ULocale.ENGLISH));
    assertEquals(0, WordCounter.countWords("", ULocale.ENGLISH));
    assertEquals(0, WordCounter.countWords(" — !!! … ", ULocale.ENGLISH));
  }

  @ParameterizedTest(name = "{0} words at {1}/min → {2} min")
  @CsvSource({"0, 200, 1", "1, 200, 1", "200, 200, 1", "201, 200, 2", "1000, 230, 5"})
  void shouldRoundReadingMinutesUpToAtLeastOne(int words, int perMinute, int minutes) {
    assertEquals(minutes, WordCounter.readingMinutes(words, perMinute));
  }

  @Test
  void shouldRejectNonPositiveReadingSpeed() {
    assertThrows(IllegalArgumentException.class, () -> WordCounter.readingMinutes(100, 0));
  }
}
