package dev.tilmash.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tilmash.text.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

  @Test
  void shouldFoldCaseAndCollapseWhiteSpaceInRussian() {
    NormalizedText text = NormalizedText.of("  Экспорт\u00a0ЗЕРНА\n\tвырос  на 9 %. ", "ru");

    assertEquals("экспорт зерна вырос на 9 %.", text.text());
    assertEquals(List.of("экспорт", "зерна", "вырос", "на", "9"), text.tokens());
  }

  @Test
  void shouldKeepKazakhLettersWhileFoldingCase() {
    NormalizedText text = NormalizedText.of("ҚАЗАҚСТАН мен Өзбекстан ҮКІМЕТТЕРІ", "kk");

    assertEquals("қазақстан мен өзбекстан үкіметтері", text.text());
    assertEquals(List.of("қазақстан", "мен", "өзбекстан", "үкіметтері"), text.tokens());
    assertEquals(NormalizedText.of("Қазақстан мен Өзбекстан үкіметтері", "kk").key(), text.key());
  }

  @Test
  void shouldSplitChineseIntoDictionaryWordsNotCharacters() {
    NormalizedText text = NormalizedText.of("中国和俄罗斯的贸易去年增长了。", "zh");

    assertEquals(List.of("中国", "和", "俄罗斯", "的", "贸易", "去年", "增长", "了"), text.tokens());
  }

  @Test
  void shouldFoldFullWidthFormsAndDropInvisibleCharacters() {
    assertEquals("abc 123", NormalizedText.of("ＡＢＣ　１２３", "zh").text());
    assertEquals("транспортный", NormalizedText.of("транс\u00adпорт\u200bный", "ru").text());
  }

  @Test
  void shouldGiveTheSameKeyOnlyToTheSameNormalizedText() {
    String key = NormalizedText.of("Trade rose.", "en").key();

    assertEquals(key, NormalizedText.of("  TRADE   rose.", "en").key());
    assertNotEquals(key, NormalizedText.of("Trade rose!", "en").key());
    assertEquals(64, key.length());
  }

  @Test
  void shouldTokenizeNothingInPunctuationAlone() {
    assertEquals(List.of(), NormalizedText.of(" — … ", "ru").tokens());
    assertEquals("", NormalizedText.of(null, "ru").text());
  }

  @Test
  void shouldCollapseLineBreaksButKeepNoBreakSpacesForDisplay() {
    assertEquals("10\u00a0млн тонн", PlainText.collapse(" 10\u00a0млн\n  тонн "));
  }
}
