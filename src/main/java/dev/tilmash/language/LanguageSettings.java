package dev.tilmash.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the language set from MicroProfile Config, so adding a language or a script variant is a
 * configuration change:
 *
 * <pre>
 * tilmash.languages=en,ru,kk,uz,zh,uz-Cyrl
 * tilmash.languages.default=en
 * tilmash.language.uz-Cyrl.fallback=uz,ru,en
 * tilmash.language.uz-Cyrl.derived-from=uz
 * </pre>
 */
@ApplicationScoped
public class LanguageSettings {

  @Produces
  @Singleton
  LanguageSet languageSet() {
    Config config = ConfigProvider.getConfig();
    return read(key -> config.getOptionalValue(key, String.class));
  }

  @Produces
  @Singleton
  LanguageNegotiator negotiator(LanguageSet languages) {
    return new LanguageNegotiator(languages);
  }

  /** Builds the set from any key lookup; tests pass a map. */
  public static LanguageSet read(Function<String, Optional<String>> lookup) {
    List<String> tags = list(lookup.apply("tilmash.languages").orElse("en"));
    if (tags.isEmpty()) {
      throw new IllegalArgumentException("tilmash.languages lists no language");
    }
    String defaultTag = lookup.apply("tilmash.languages.default").orElseGet(() -> tags.get(0));
    Map<String, List<String>> fallbacks = new LinkedHashMap<>();
    Map<String, String> derivedFrom = new LinkedHashMap<>();
    for (String tag : tags) {
      // Keys are written with the canonical tag (uz-Cyrl) even if the list spells it otherwise.
      String canonical = LanguageTags.tryCanonicalize(tag).orElse(tag);
      Function<String, Optional<String>> key =
          name ->
              lookup
                  .apply("tilmash.language." + canonical + "." + name)
                  .or(() -> lookup.apply("tilmash.language." + tag + "." + name));
      key.apply("fallback")
          .map(LanguageSettings::list)
          .ifPresent(chain -> fallbacks.put(tag, chain));
      key.apply("derived-from").map(String::strip).ifPresent(from -> derivedFrom.put(tag, from));
    }
    return LanguageSet.of(tags, defaultTag, fallbacks, derivedFrom);
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
