package dev.tilmash.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

  @ParameterizedTest
  @CsvSource({
    "snippet.kk.txt, kk",
    "snippet.uz.txt, uz",
    "snippet.zh.txt, zh-Hans",
    "export.ru.txt, ru",
    "export.en.txt, en"
  })
  void shouldRecogniseTheNewsroomsLanguagesWithConfidence(String page, String language) {
    LanguageGuess guess = LanguageGuesser.guess(ImportFixtures.text(page));
    assertEquals(language, guess.tag());
    assertTrue(guess.confidence() > 0.95, () -> page + ": " + guess);
  }

  @Test
  void shouldTellKazakhFromRussianByItsOwnLetters() {
    LanguageGuess kazakh = LanguageGuesser.guess("Астанада халықаралық форум өтті");
    LanguageGuess russian = LanguageGuesser.guess("В Астане прошёл международный форум");
    assertEquals("kk", kazakh.tag());
    assertEquals("ru", russian.tag());
  }

  @Test
  void shouldKeepRussianWithKazakhNamesRussian() {
    LanguageGuess guess =
        LanguageGuesser.guess(
            "Президент Қасым-Жомарт Тоқаев встретился с делегацией из Шымкента и обсудил"
                + " строительство новой дороги в Түркістанскую область.");
    assertEquals("ru", guess.tag());
    assertTrue(guess.confidence() > 0.9, guess::toString);
  }

  @ParameterizedTest
  @CsvSource({
    "'O‘zbekiston va Qozog‘iston o‘rtasida yangi temir yo‘l ochildi', uz",
    "'O''zbekiston va Qozog''iston o''rtasida yangi temir yo''l ochildi', uz",
    "'A new railway opened between Uzbekistan and Kazakhstan', en"
  })
  void shouldTellUzbekLatinFromEnglishWhateverApostropheIsUsed(String text, String language) {
    assertEquals(language, LanguageGuesser.guess(text).tag());
  }

  @Test
  void shouldTellTraditionalChineseFromSimplified() {
    assertEquals("zh-Hant", LanguageGuesser.guess("哈薩克斯坦與烏茲別克斯坦之間的貿易額今年顯著增長。").tag());
    assertEquals("zh-Hans", LanguageGuesser.guess("哈萨克斯坦与乌兹别克斯坦之间的贸易额今年显著增长。").tag());
  }

  @Test
  void shouldBeLessSureOfAFewWordsThanOfAParagraph() {
    LanguageGuess few = LanguageGuesser.guess("Astana forum");
    LanguageGuess paragraph = LanguageGuesser.guess(ImportFixtures.text("export.en.txt"));
    assertTrue(few.confidence() < paragraph.confidence(), few + " vs " + paragraph);
    assertTrue(few.confidence() < 0.9, few::toString);
  }

  @Test
  void shouldLowerConfidenceForMixedScripts() {
    LanguageGuess mixed =
        LanguageGuesser.guess("Форум Astana International Forum for Economic Cooperation открылся");
    assertTrue(mixed.confidence() < 0.8, mixed::toString);
  }

  @Test
  void shouldNameTheLikelyLanguageOfAScriptWithoutProfile() {
    assertEquals("ka", LanguageGuesser.guess("საქართველოს მთავრობამ ახალი გზა გახსნა").tag());
  }

  @Test
  void shouldHaveNoGuessForTextWithoutLetters() {
    assertEquals(LanguageGuess.NONE, LanguageGuesser.guess("2024 — 15 %, 3.5"));
  }
}
