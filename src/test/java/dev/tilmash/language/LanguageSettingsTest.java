package dev.tilmash.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The language set comes from configuration keys alone: the shipped defaults give the five
 * languages of product.md, and script variants are added by keys, with no code change.
 */
class LanguageSettingsTest {

  private static final String SHIPPED = "META-INF/microprofile-config.properties";

  @Test
  void shouldReadTheFiveLanguagesOfTheSpecificationFromTheShippedDefaults() {
    LanguageSet set = LanguageSettings.read(lookup(shippedDefaults()));

    assertEquals(List.of("en", "ru", "kk", "uz", "zh"), set.tags());
    assertEquals("en", set.defaultLanguage().tag());
    assertEquals(List.of("en"), chain(set, "en"));
    assertEquals(List.of("ru", "en"), chain(set, "ru"));
    assertEquals(List.of("kk", "ru", "en"), chain(set, "kk"));
    assertEquals(List.of("uz", "ru", "en"), chain(set, "uz"));
    assertEquals(List.of("zh", "en"), chain(set, "zh"));
    assertTrue(set.all().stream().noneMatch(Language::isDerived));
  }

  @Test
  void shouldGiveTheScriptsOfTheSpecification() {
    LanguageSet set = LanguageSettings.read(lookup(shippedDefaults()));

    assertEquals("Latn", set.require("en").script());
    assertEquals("Cyrl", set.require("ru").script());
    assertEquals("Cyrl", set.require("kk").script());
    assertEquals("Latn", set.require("uz").script());
    assertEquals("Hans", set.require("zh").script());
  }

  @Test
  void shouldAddScriptVariantsThroughConfigurationKeysAlone() {
    LanguageSet set = LanguageSettings.read(lookup(withScriptVariants()));

    assertEquals(List.of("en", "ru", "kk", "uz", "zh", "uz-Cyrl", "zh-Hant"), set.tags());
    Language uzCyrl = set.require("uz-Cyrl");
    assertEquals(List.of("uz-Cyrl", "uz", "ru", "en"), chain(set, "uz-Cyrl"));
    assertEquals("uz", uzCyrl.derivedFrom());
    assertTrue(uzCyrl.isDerived());
    assertEquals("Cyrl", uzCyrl.script());
    Language zhHant = set.require("zh-Hant");
    assertEquals(List.of("zh-Hant", "zh", "en"), chain(set, "zh-Hant"));
    assertEquals("zh", zhHant.derivedFrom());
    assertEquals("Hant", zhHant.script());
    assertNull(set.require("uz").derivedFrom());
  }

  @Test
  void shouldServeUzbekCyrillicToUzbekCyrillicReaders() {
    LanguageNegotiator negotiator =
        new LanguageNegotiator(LanguageSettings.read(lookup(withScriptVariants())));

    Negotiation negotiation =
        negotiator.negotiate(null, "uz-Cyrl-UZ", Set.of("en", "ru", "uz", "uz-Cyrl"), "en");

    assertEquals("uz-Cyrl", negotiation.served().orElseThrow().tag());
    assertEquals("uz-Cyrl", negotiation.requestedLanguage());
    assertFalse(negotiation.fallback());
  }

  @Test
  void shouldServeTraditionalChineseToTaiwanReaders() {
    LanguageNegotiator negotiator =
        new LanguageNegotiator(LanguageSettings.read(lookup(withScriptVariants())));

    Negotiation negotiation =
        negotiator.negotiate(null, "zh-TW", Set.of("en", "zh", "zh-Hant"), "en");

    assertEquals("zh-Hant", negotiation.served().orElseThrow().tag());
    assertFalse(negotiation.fallback());
  }

  @Test
  void shouldServeTheVariantsFallbackWhenTheVariantIsNotPublished() {
    LanguageNegotiator negotiator =
        new LanguageNegotiator(LanguageSettings.read(lookup(withScriptVariants())));

    Negotiation uz = negotiator.negotiate(null, "uz-Cyrl-UZ", Set.of("en", "ru", "uz"), "en");
    Negotiation zh = negotiator.negotiate(null, "zh-TW", Set.of("en", "zh"), "en");

    assertEquals("uz", uz.served().orElseThrow().tag());
    assertTrue(uz.fallback());
    assertEquals("zh", zh.served().orElseThrow().tag());
    assertTrue(zh.fallback());
  }

  @Test
  void shouldFallBackToEnglishAloneWithoutAnyKeys() {
    LanguageSet set = LanguageSettings.read(key -> Optional.empty());

    assertEquals(List.of("en"), set.tags());
    assertEquals("en", set.defaultLanguage().tag());
  }

  @Test
  void shouldTakeTheFirstLanguageAsDefaultWhenNoneIsNamed() {
    Map<String, String> keys =
        Map.of("tilmash.languages", "ru, kk", "tilmash.language.kk.fallback", "ru");

    LanguageSet set = LanguageSettings.read(lookup(keys));

    assertEquals("ru", set.defaultLanguage().tag());
    assertEquals(List.of("kk", "ru"), chain(set, "kk"));
  }

  @Test
  void shouldTolerateSpacesAndEmptyEntriesInLists() {
    Map<String, String> keys =
        Map.of(
            "tilmash.languages", " en , ru,, kk ",
            "tilmash.languages.default", " en ",
            "tilmash.language.kk.fallback", " ru ,, en ");

    LanguageSet set = LanguageSettings.read(lookup(keys));

    assertEquals(List.of("en", "ru", "kk"), set.tags());
    assertEquals(List.of("kk", "ru", "en"), chain(set, "kk"));
  }

  @Test
  void shouldRejectAFallbackToALanguageThatIsNotConfigured() {
    Map<String, String> keys =
        Map.of("tilmash.languages", "en,ru", "tilmash.language.ru.fallback", "uk,en");

    assertThrows(IllegalArgumentException.class, () -> LanguageSettings.read(lookup(keys)));
  }

  @Test
  void shouldExplainAnEmptyLanguageList() {
    Map<String, String> keys =
        Map.of("tilmash.languages", " , ", "tilmash.languages.default", "en");

    IllegalArgumentException problem =
        assertThrows(IllegalArgumentException.class, () -> LanguageSettings.read(lookup(keys)));
    assertTrue(problem.getMessage().contains("language"), problem.getMessage());
  }

  @Test
  void shouldFindTheKeysOfAVariantListedInAnotherSpelling() {
    Map<String, String> keys = withScriptVariants();
    keys.put("tilmash.languages", "en,ru,kk,uz,zh,uz-cyrl,zh-hant");

    LanguageSet set = LanguageSettings.read(lookup(keys));

    assertEquals(List.of("uz-Cyrl", "uz", "ru", "en"), chain(set, "uz-Cyrl"));
    assertEquals("uz", set.require("uz-Cyrl").derivedFrom());
    assertEquals(List.of("zh-Hant", "zh", "en"), chain(set, "zh-Hant"));
  }

  /** The shipped defaults plus the keys product.md suggests for the script variants. */
  private static Map<String, String> withScriptVariants() {
    Map<String, String> keys = shippedDefaults();
    keys.put("tilmash.languages", "en,ru,kk,uz,zh,uz-Cyrl,zh-Hant");
    keys.put("tilmash.language.uz-Cyrl.fallback", "uz,ru,en");
    keys.put("tilmash.language.uz-Cyrl.derived-from", "uz");
    keys.put("tilmash.language.zh-Hant.fallback", "zh,en");
    keys.put("tilmash.language.zh-Hant.derived-from", "zh");
    return keys;
  }

  /** The keys of the configuration file the application ships, as MicroProfile Config reads it. */
  private static Map<String, String> shippedDefaults() {
    Properties properties = new Properties();
    try (InputStream in =
        LanguageSettingsTest.class.getClassLoader().getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED + " is not on the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> keys = new HashMap<>();
    properties.stringPropertyNames().forEach(key -> keys.put(key, properties.getProperty(key)));
    return keys;
  }

  private static Function<String, Optional<String>> lookup(Map<String, String> keys) {
    return key -> Optional.ofNullable(keys.get(key));
  }

  private static List<String> chain(LanguageSet set, String tag) {
    return set.chain(set.require(tag)).stream().map(Language::tag).toList();
  }
}
