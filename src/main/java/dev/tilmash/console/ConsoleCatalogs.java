package dev.tilmash.console;

import com.ibm.icu.util.ULocale;
import dev.tilmash.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The console's own words ({@code translations/console_<lang>.properties}, ICU MessageFormat with
 * named arguments), which the browser formats. They are read once; a key missing in a language
 * falls back to English, so the console never shows a raw key. {@code CatalogsTest} keeps them
 * complete and parseable, like the server's catalogs.
 */
@ApplicationScoped
public class ConsoleCatalogs {
  private static final String BASE = "en";

  /** Only for its language matching, so the console and the problems choose alike. */
  private final Messages messages = new Messages();

  private final Map<String, Map<String, String>> catalogs = new LinkedHashMap<>();

  /** One language's words, already completed from English. */
  public record Catalog(String language, Map<String, String> messages) {}

  public ConsoleCatalogs() {
    Map<String, String> base = asMap(load(BASE));
    for (String lang : Messages.CATALOG_LANGUAGES) {
      Map<String, String> words = new TreeMap<>(base);
      words.putAll(asMap(load(lang)));
      catalogs.put(lang, Collections.unmodifiableMap(words));
    }
  }

  /**
   * The catalog for a preference: a language tag or an {@code Accept-Language} list, matched like
   * the server's own messages; anything unreadable is no preference and gets English.
   */
  public Catalog forPreference(String preference) {
    ULocale locale = messages.localeFor(preference);
    String lang = catalogs.containsKey(locale.getLanguage()) ? locale.getLanguage() : BASE;
    return new Catalog(lang, catalogs.get(lang));
  }

  /** Loads one console catalog from the class path, or fails: a catalog is part of the build. */
  public static Properties load(String lang) {
    String path = "translations/console_" + lang + ".properties";
    try (InputStream in = ConsoleCatalogs.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing console catalog " + path);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> asMap(Properties properties) {
    Map<String, String> map = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
    return map;
  }
}
