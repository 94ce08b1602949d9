package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the message catalogs in {@code translations/} complete, parseable and consistent. */
class CatalogsTest {
  private static final String BASE = "en";
  private static final String BODY_TOO_LARGE = "problem.body-too-large.detail";

  private static Properties base() {
    return Messages.load(BASE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru", "kk", "uz", "zh"})
  void shouldHoldEveryKeyOfTheBaseCatalog(String lang) {
    Set<String> missing = new TreeSet<>(base().stringPropertyNames());
    missing.removeAll(Messages.load(lang).stringPropertyNames());
    assertTrue(missing.isEmpty(), () -> "messages_" + lang + " misses keys " + missing);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru", "kk", "uz", "zh"})
  void shouldHoldNoKeyTheBaseCatalogLacks(String lang) {
    Set<String> extra = new TreeSet<>(Messages.load(lang).stringPropertyNames());
    extra.removeAll(base().stringPropertyNames());
    assertTrue(extra.isEmpty(), () -> "messages_" + lang + " has unknown keys " + extra);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru", "kk", "uz", "zh"})
  void shouldParseEveryPattern(String lang) {
    Properties catalog = Messages.load(lang);
    Map<String, String> broken = new TreeMap<>();
    for (String key : catalog.stringPropertyNames()) {
      try {
        new MessageFormat(catalog.getProperty(key), ULocale.forLanguageTag(lang));
      } catch (IllegalArgumentException e) {
        broken.put(key, e.getMessage());
      }
    }
    assertTrue(broken.isEmpty(), () -> "messages_" + lang + " has unparseable patterns " + broken);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ru", "kk", "uz", "zh"})
  void shouldUseOnlyArgumentsOfTheBasePattern(String lang) {
    Properties base = base();
    Properties catalog = Messages.load(lang);
    Map<String, Set<String>> unknown = new TreeMap<>();
    for (String key : catalog.stringPropertyNames()) {
      String basePattern = base.getProperty(key);
      if (basePattern == null) {
        continue; // reported by shouldHoldNoKeyTheBaseCatalogLacks
      }
      Set<String> names = new TreeSet<>(argumentNames(catalog.getProperty(key), lang, key));
      names.removeAll(argumentNames(basePattern, BASE, key));
      if (!names.isEmpty()) {
        unknown.put(key, names);
      }
    }
    assertTrue(
        unknown.isEmpty(),
        () -> "messages_" + lang + " uses arguments the English patterns lack: " + unknown);
  }

  @ParameterizedTest
  @CsvSource({"1, 1 байт", "2, 2 байта", "5, 5 байт", "21, 21 байт"})
  void shouldPluralizeTheBodyLimitInRussian(long limit, String expected) {
    String pattern = Messages.load("ru").getProperty(BODY_TOO_LARGE);
    String detail =
        new MessageFormat(pattern, ULocale.forLanguageTag("ru")).format(Map.of("limit", limit));
    assertTrue(
        detail.endsWith(" " + expected + "."),
        () -> "expected “… " + expected + ".” but got “" + detail + "”");
  }

  @Test
  void shouldDescribeEveryProblemTypeInTheBaseCatalog() {
    Properties base = base();
    assertAll(
        java.util.Arrays.stream(ProblemType.values())
            .flatMap(
                type ->
                    java.util.stream.Stream.of(
                        "problem." + type.slug() + ".title", "problem." + type.slug() + ".detail"))
            .map(
                key ->
                    () ->
                        assertTrue(
                            base.getProperty(key) != null && !base.getProperty(key).isBlank(),
                            "messages_en lacks " + key)));
  }

  private static Set<String> argumentNames(String pattern, String lang, String key) {
    try {
      return new MessageFormat(pattern, ULocale.forLanguageTag(lang)).getArgumentNames();
    } catch (IllegalArgumentException e) {
      return fail("messages_" + lang + " " + key + " does not parse: " + e.getMessage());
    }
  }
}
