package dev.tilmash.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageSetTest {

  private final LanguageSet basic = LanguageSets.basic();
  private final LanguageSet variants = LanguageSets.withScriptVariants();

  @Test
  void shouldKeepConfigurationOrderAndCanonicalTags() {
    LanguageSet set =
        LanguageSet.of(
            List.of("EN", "uz_cyrl", "ru"), "en", Map.of("UZ-CYRL", List.of("RU")), Map.of());
    assertEquals(List.of("en", "uz-Cyrl", "ru"), set.tags());
    assertEquals(List.of("ru"), set.find("uz-Cyrl").orElseThrow().fallbacks());
    assertEquals("en", set.defaultLanguage().tag());
  }

  @Test
  void shouldBuildScriptVariantsFromConfigurationAlone() {
    Language uzCyrl = variants.require("uz-Cyrl");
    assertEquals("uz", uzCyrl.derivedFrom());
    assertTrue(uzCyrl.isDerived());
    assertEquals(List.of("uz-Cyrl", "uz", "ru", "en"), tags(variants.chain(uzCyrl)));
    assertEquals(List.of("zh-Hant", "zh", "en"), tags(variants.chain(variants.require("zh-Hant"))));
  }

  @Test
  void shouldRejectDefaultLanguageThatIsNotConfigured() {
    assertInvalidConfig(List.of("en", "ru"), "de", Map.of(), Map.of());
  }

  @Test
  void shouldRejectFallbackToUnconfiguredLanguage() {
    assertInvalidConfig(List.of("en", "ru"), "en", Map.of("ru", List.of("uk")), Map.of());
  }

  @Test
  void shouldRejectFallbacksOfUnconfiguredLanguage() {
    assertInvalidConfig(List.of("en", "ru"), "en", Map.of("kk", List.of("ru")), Map.of());
  }

  @Test
  void shouldRejectFallbackCycles() {
    assertInvalidConfig(
        List.of("en", "ru", "kk"),
        "en",
        Map.of("ru", List.of("kk"), "kk", List.of("ru")),
        Map.of());
  }

  @Test
  void shouldRejectLanguageFallingBackToItselfOrTwiceToTheSameLanguage() {
    assertInvalidConfig(List.of("en", "ru"), "en", Map.of("ru", List.of("ru")), Map.of());
    assertInvalidConfig(
        List.of("en", "ru", "kk"), "en", Map.of("kk", List.of("ru", "RU")), Map.of());
  }

  @Test
  void shouldRejectDuplicateLanguagesEvenInAnotherSpelling() {
    assertInvalidConfig(List.of("en", "uz-Cyrl", "UZ_cyrl"), "en", Map.of(), Map.of());
  }

  @Test
  void shouldRejectMalformedOrMissingTags() {
    assertInvalidConfig(List.of("en", "12345"), "en", Map.of(), Map.of());
    assertInvalidConfig(List.of(), "en", Map.of(), Map.of());
  }

  @Test
  void shouldRejectDerivationFromAnotherLanguageOrFromItself() {
    assertInvalidConfig(List.of("en", "ru", "uz-Cyrl"), "en", Map.of(), Map.of("uz-Cyrl", "ru"));
    assertInvalidConfig(List.of("en", "uz"), "en", Map.of(), Map.of("uz", "uz"));
    assertInvalidConfig(
        List.of("en", "uz", "uz-Cyrl"), "en", Map.of(), Map.of("uz", "uz-Cyrl", "uz-Cyrl", "uz"));
  }

  @Test
  void shouldChainFallbacksThenDefaultWithoutDuplicates() {
    assertEquals(List.of("kk", "ru", "en"), tags(basic.chain(basic.require("kk"))));
    assertEquals(List.of("zh", "en"), tags(basic.chain(basic.require("zh"))));
    assertEquals(List.of("en"), tags(basic.chain(basic.defaultLanguage())));
    LanguageSet noFallbacks = LanguageSet.of(List.of("en", "ru"), "en", null, null);
    assertEquals(List.of("ru", "en"), tags(noFallbacks.chain(noFallbacks.require("ru"))));
  }

  @Test
  void shouldFindOnlyExactTagsAndNeverThrowForGarbage() {
    assertEquals("kk", basic.find("KK").orElseThrow().tag());
    assertEquals(Optional.empty(), basic.find("kk-KZ"));
    assertEquals(Optional.empty(), basic.find(";;;"));
    assertEquals(Optional.empty(), basic.find(null));
  }

  @Test
  void shouldRequireWithBadRequestForMalformedTag() {
    ProblemException problem = assertThrows(ProblemException.class, () -> basic.require("en--US"));
    assertEquals(ProblemType.INVALID_LANGUAGE_TAG, problem.type());
    assertEquals(Map.of("tag", "en--US"), problem.arguments());
  }

  @Test
  void shouldRequireWithNotFoundListingSupportedLanguages() {
    ProblemException problem = assertThrows(ProblemException.class, () -> basic.require("DE"));
    assertEquals(ProblemType.UNSUPPORTED_LANGUAGE, problem.type());
    assertEquals(
        Map.of("tag", "de", "supportedLanguages", List.of("en", "ru", "kk", "uz", "zh")),
        problem.arguments());
  }

  @Test
  void shouldResolveAnotherScriptOfAConfiguredLanguageButNeverAnotherLanguage() {
    assertEquals("uz", basic.resolve("uz-Latn").tag());
    assertEquals("zh", basic.resolve("zh-TW").tag());
    assertEquals("zh-Hant", variants.resolve("zh-TW").tag());
    ProblemException problem = assertThrows(ProblemException.class, () -> basic.resolve("ky"));
    assertEquals(ProblemType.UNSUPPORTED_LANGUAGE, problem.type());
  }

  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "basic, ru, ru",
        "basic, kk-KZ, kk",
        "basic, kk-Latn, kk",
        "basic, uz-Cyrl, uz",
        "basic, uz-Cyrl-UZ, uz",
        "basic, uz-Arab, uz",
        "basic, zh-CN, zh",
        "basic, zh-SG, zh",
        "basic, zh-TW, zh",
        "basic, zh-HK, zh",
        "basic, en-GB, en",
        "basic, ky, ru",
        "basic, tg, ru",
        "basic, tt, ru",
        "basic, az, ru",
        "basic, be, ru",
        "basic, cy, en",
        "basic, de-DE, -",
        "basic, uk, -",
        "basic, fr, -",
        "basic, ja, -",
        "variants, uz-Cyrl-UZ, uz-Cyrl",
        "variants, uz-Latn, uz",
        "variants, kk-Latn-KZ, kk-Latn",
        "variants, kk-KZ, kk",
        "variants, zh-TW, zh-Hant",
        "variants, zh-HK, zh-Hant",
        "variants, zh-CN, zh",
        "variants, yue, zh-Hant",
        "variants, ky, ru"
      })
  void shouldMapReaderLocaleToClosestConfiguredLanguage(
      String config, String desired, String expected) {
    Optional<Language> closest =
        LanguageSets.named(config).closest(ULocale.forLanguageTag(desired));
    assertEquals(Optional.ofNullable(expected), closest.map(Language::tag));
  }

  @ParameterizedTest(name = "{0} is written in {1}")
  @CsvSource({
    "en, Latn",
    "ru, Cyrl",
    "kk, Cyrl",
    "uz, Latn",
    "zh, Hans",
    "uz-Cyrl, Cyrl",
    "zh-Hant, Hant",
    "kk-Latn, Latn"
  })
  void shouldTakeScriptFromTagOrFromLikelySubtags(String tag, String script) {
    assertEquals(script, variants.require(tag).script());
  }

  @Test
  void shouldNameLanguagesInThemselvesFromIcu() {
    assertEquals("қазақ тілі", basic.require("kk").nativeName());
    assertEquals("o‘zbek", basic.require("uz").nativeName());
    assertEquals("中文", basic.require("zh").nativeName());
    assertEquals("русский", basic.require("ru").nativeName());
  }

  @Test
  void shouldNameLanguagesForReadersOfOtherLanguagesFromIcu() {
    assertEquals("Kazakh", basic.require("kk").displayName(ULocale.ENGLISH));
    assertEquals("казахский", basic.require("kk").displayName(new ULocale("ru")));
    assertEquals("Uzbek (Cyrillic)", variants.require("uz-Cyrl").displayName(ULocale.ENGLISH));
  }

  private static List<String> tags(List<Language> languages) {
    return languages.stream().map(Language::tag).toList();
  }

  private static void assertInvalidConfig(
      List<String> tags,
      String defaultTag,
      Map<String, List<String>> fallbacks,
      Map<String, String> derivedFrom) {
    assertThrows(
        IllegalArgumentException.class,
        () -> LanguageSet.of(tags, defaultTag, fallbacks, derivedFrom));
  }
}
