package dev.tilmash.language;

import java.util.List;
import java.util.Map;

/** The language configurations the tests run against, written as configuration would be. */
public final class LanguageSets {

  private LanguageSets() {}

  /** The demo set of the product specification: en, ru, kk, uz, zh. */
  public static LanguageSet basic() {
    return LanguageSet.of(
        List.of("en", "ru", "kk", "uz", "zh"),
        "en",
        Map.of(
            "ru", List.of("en"),
            "kk", List.of("ru", "en"),
            "uz", List.of("ru", "en"),
            "zh", List.of("en")),
        Map.of());
  }

  /** The demo set plus the script variants of the specification; only configuration differs. */
  public static LanguageSet withScriptVariants() {
    return LanguageSet.of(
        List.of("en", "ru", "kk", "uz", "zh", "uz-Cyrl", "zh-Hant", "kk-Latn"),
        "en",
        Map.of(
            "ru", List.of("en"),
            "kk", List.of("ru", "en"),
            "uz", List.of("ru", "en"),
            "zh", List.of("en"),
            "uz-Cyrl", List.of("uz", "ru", "en"),
            "zh-Hant", List.of("zh", "en"),
            "kk-Latn", List.of("kk", "ru", "en")),
        Map.of("uz-Cyrl", "uz", "zh-Hant", "zh", "kk-Latn", "kk"));
  }

  static LanguageSet named(String name) {
    return switch (name) {
      case "basic" -> basic();
      case "variants" -> withScriptVariants();
      default -> throw new IllegalArgumentException(name);
    };
  }
}
