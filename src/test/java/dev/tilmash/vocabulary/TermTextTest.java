package dev.tilmash.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.language.LanguageSets;
import dev.tilmash.language.SlugTransliterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a term shows in each language: its own label, a fallback's, or its key. */
class TermTextTest {
  private static final LanguageSet LANGUAGES = LanguageSets.basic();
  private static final SlugTransliterator SLUGS = new SlugTransliterator();

  private static final TermText TRADE =
      new TermText(
          TermKind.TAG,
          "trade",
          Map.of(
              "en", new TermText.Label("Trade", "trade"),
              "ru", new TermText.Label("Торговля", "torgovlya"),
              "zh", new TermText.Label("贸易", "mao-yi")));

  private static List<Language> chain(String tag) {
    return LANGUAGES.chain(LANGUAGES.require(tag));
  }

  @Test
  void shouldShowTheLabelOfTheReadersLanguage() {
    assertEquals(new LocalizedTerm("trade", "贸易", "mao-yi"), TRADE.in(chain("zh"), SLUGS));
    assertEquals(new LocalizedTerm("trade", "Trade", "trade"), TRADE.in(chain("en"), SLUGS));
  }

  @Test
  void shouldFallBackAlongTheLanguagesChainLikeContent() {
    // kk falls back to ru before en, uz too
    assertEquals(new LocalizedTerm("trade", "Торговля", "torgovlya"), TRADE.in(chain("kk"), SLUGS));
    assertEquals(new LocalizedTerm("trade", "Торговля", "torgovlya"), TRADE.in(chain("uz"), SLUGS));
  }

  @Test
  void shouldShowTheKeyWhenNoLanguageOfTheChainHasALabel() {
    TermText migrated = new TermText(TermKind.TAG, "Middle Corridor", Map.of());
    assertEquals(
        new LocalizedTerm("Middle Corridor", "Middle Corridor", "middle-corridor"),
        migrated.in(chain("kk"), SLUGS));
    TermText onlyChinese =
        new TermText(TermKind.TAG, "silk", Map.of("zh", new TermText.Label("丝绸", "si-chou")));
    assertEquals(new LocalizedTerm("silk", "silk", "silk"), onlyChinese.in(chain("ru"), SLUGS));
  }

  @Test
  void shouldAnswerToItsKeyAndToTheSlugAndLabelTheReaderSees() {
    assertTrue(TRADE.answersTo("trade", chain("kk"), SLUGS));
    assertTrue(TRADE.answersTo("torgovlya", chain("kk"), SLUGS));
    assertTrue(TRADE.answersTo("торговля", chain("kk"), SLUGS));
    assertTrue(TRADE.answersTo("贸易", chain("zh"), SLUGS));
    assertFalse(TRADE.answersTo("mao-yi", chain("ru"), SLUGS), "another language's slug");
    assertFalse(TRADE.answersTo("торг", chain("ru"), SLUGS));
  }
}
