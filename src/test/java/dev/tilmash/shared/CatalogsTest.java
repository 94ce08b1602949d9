package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.tilmash.console.ConsoleCatalogs;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the message catalogs in {@code translations/} complete, parseable and consistent: the
 * server's ({@code messages_*}) and the console's ({@code console_*}), by the same rules.
 */
class CatalogsTest {
  private static final String BASE = "en";
  private static final String BODY_TOO_LARGE = "problem.body-too-large.detail";
  private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "zh");
  private static final List<String> CATALOGS = List.of("messages", "console");

  private static Properties base() {
    return Messages.load(BASE);
  }

  private static Properties load(String catalog, String lang) {
    return catalog.equals("console") ? ConsoleCatalogs.load(lang) : Messages.load(lang);
  }

  /** Every catalog in every language. */
  static Stream<Arguments> catalogs() {
    return CATALOGS.stream().flatMap(c -> LANGUAGES.stream().map(l -> Arguments.of(c, l)));
  }

  /** Every catalog in every language but the base. */
  static Stream<Arguments> translations() {
    return catalogs().filter(a -> !BASE.equals(a.get()[1]));
  }

  @ParameterizedTest
  @MethodSource("catalogs")
  void shouldHoldEveryKeyOfTheBaseCatalog(String name, String lang) {
    Set<String> missing = new TreeSet<>(load(name, BASE).stringPropertyNames());
    missing.removeAll(load(name, lang).stringPropertyNames());
    assertTrue(missing.isEmpty(), () -> name + "_" + lang + " misses keys " + missing);
  }

  @ParameterizedTest
  @MethodSource("catalogs")
  void shouldHoldNoKeyTheBaseCatalogLacks(String name, String lang) {
    Set<String> extra = new TreeSet<>(load(name, lang).stringPropertyNames());
    extra.removeAll(load(name, BASE).stringPropertyNames());
    assertTrue(extra.isEmpty(), () -> name + "_" + lang + " has unknown keys " + extra);
  }

  @ParameterizedTest
  @MethodSource("catalogs")
  void shouldHaveNoEmptyPattern(String name, String lang) {
    Properties catalog = load(name, lang);
    Set<String> empty = new TreeSet<>();
    catalog.stringPropertyNames().stream()
        .filter(key -> catalog.getProperty(key).isBlank())
        .forEach(empty::add);
    assertTrue(empty.isEmpty(), () -> name + "_" + lang + " has empty patterns " + empty);
  }

  @ParameterizedTest
  @MethodSource("catalogs")
  void shouldParseEveryPattern(String name, String lang) {
    Properties catalog = load(name, lang);
    Map<String, String> broken = new TreeMap<>();
    for (String key : catalog.stringPropertyNames()) {
      try {
        new MessageFormat(catalog.getProperty(key), ULocale.forLanguageTag(lang));
      } catch (IllegalArgumentException e) {
        broken.put(key, e.getMessage());
      }
    }
    assertTrue(broken.isEmpty(), () -> name + "_" + lang + " has unparseable patterns " + broken);
  }

  @ParameterizedTest
  @MethodSource("translations")
  void shouldUseOnlyArgumentsOfTheBasePattern(String name, String lang) {
    Properties base = load(name, BASE);
    Properties catalog = load(name, lang);
    Map<String, Set<String>> unknown = new TreeMap<>();
    for (String key : catalog.stringPropertyNames()) {
      String basePattern = base.getProperty(key);
      if (basePattern == null) {
        continue; // reported by shouldHoldNoKeyTheBaseCatalogLacks
      }
      Set<String> names = new TreeSet<>(argumentNames(catalog.getProperty(key), lang, key, name));
      names.removeAll(argumentNames(basePattern, BASE, key, name));
      if (!names.isEmpty()) {
        unknown.put(key, names);
      }
    }
    assertTrue(
        unknown.isEmpty(),
        () -> name + "_" + lang + " uses arguments the English patterns lack: " + unknown);
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

  @Test
  void shouldWriteUzbekOAndGWithTheTurnedComma() {
    Map<String, String> wrong = new TreeMap<>();
    for (String name : CATALOGS) {
      Properties uz = load(name, "uz");
      for (String key : uz.stringPropertyNames()) {
        if (uz.getProperty(key).matches("(?s).*[oOgG]['\u2018\u2019`].*")) {
          wrong.put(name + ":" + key, uz.getProperty(key));
        }
      }
    }
    assertTrue(wrong.isEmpty(), () -> "oʻ and gʻ need U+02BB: " + wrong);
  }

  @ParameterizedTest
  @CsvSource({"1, 1 статья", "3, 3 статьи", "5, 5 статей", "21, 21 статья"})
  void shouldPluralizeTheConsoleArticleCountInRussian(long articles, String expected) {
    String pattern = ConsoleCatalogs.load("ru").getProperty("coverage.lede");
    String lede =
        new MessageFormat(pattern, ULocale.forLanguageTag("ru"))
            .format(Map.of("articles", articles));
    assertTrue(lede.startsWith(expected + " "), () -> "expected “" + expected + " …” in " + lede);
  }

  private static Set<String> argumentNames(String pattern, String lang, String key, String name) {
    try {
      return new MessageFormat(pattern, ULocale.forLanguageTag(lang)).getArgumentNames();
    } catch (IllegalArgumentException e) {
      return fail(name + "_" + lang + " " + key + " does not parse: " + e.getMessage());
    }
  }
}
