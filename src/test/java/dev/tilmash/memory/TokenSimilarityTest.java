package dev.tilmash.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSimilarityTest {
  private static List<String> tokens(String text, String language) {
    return NormalizedText.of(text, language).tokens();
  }

  @Test
  void shouldScoreIdenticalSentencesOne() {
    List<String> a = tokens("Порт Актау принял 4 млн тонн грузов.", "ru");

    assertEquals(1.0, TokenSimilarity.of(a, a));
  }

  @Test
  void shouldCountAReplacedWordAsOneEdit() {
    List<String> a = tokens("Порт Актау принял 4 млн тонн грузов", "ru");
    List<String> b = tokens("Порт Курык принял 4 млн тонн грузов", "ru");

    assertEquals(1 - 1 / 7.0, TokenSimilarity.of(a, b), 1e-9);
  }

  @Test
  void shouldDivideByTheLongerSequence() {
    List<String> a = tokens("Астана мен Ташкент келісімге қол қойды", "kk");
    List<String> b = tokens("Астана мен Ташкент жаңа келісімге қол қойды", "kk");

    assertEquals(1 - 1 / 7.0, TokenSimilarity.of(a, b), 1e-9);
  }

  @Test
  void shouldCompareChineseByWords() {
    List<String> a = tokens("中国和俄罗斯的贸易去年增长了", "zh");
    List<String> b = tokens("中国和日本的贸易去年增长了", "zh");

    assertEquals(1 - 1 / 8.0, TokenSimilarity.of(a, b), 1e-9);
  }

  @Test
  void shouldStopEarlyBelowTheMinimum() {
    List<String> a = tokens("one two three four", "en");
    List<String> threeQuarters = tokens("one two three five", "en");
    List<String> half = tokens("one two six five", "en");

    assertEquals(0.75, TokenSimilarity.atLeast(a, threeQuarters, 0.75), 1e-9);
    assertEquals(-1, TokenSimilarity.atLeast(a, half, 0.75));
    assertEquals(-1, TokenSimilarity.atLeast(a, tokens("one two", "en"), 0.75));
  }

  @Test
  void shouldAllowEditsByTheLongerLength() {
    assertEquals(3, TokenSimilarity.allowedEdits(12, 0.75));
    assertEquals(1, TokenSimilarity.allowedEdits(4, 0.75));
    assertEquals(0, TokenSimilarity.allowedEdits(3, 0.75));
    assertEquals(0, TokenSimilarity.allowedEdits(10, 1.0));
  }
}
