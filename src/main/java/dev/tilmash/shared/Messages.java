package dev.tilmash.shared;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The application's own message catalogs ({@code translations/messages_<lang>.properties}, ICU
 * MessageFormat with named arguments). A key missing in a language falls back to English, so a
 * half-translated catalog never shows a raw key; {@code CatalogsTest} keeps them complete.
 */
public final class Messages {
  public static final List<String> CATALOG_LANGUAGES = List.of("en", "ru", "kk", "uz", "zh");
  private static final String BASE = "en";
  private static final int MAX_HEADER = 1024;

  private final Map<String, Properties> catalogs = new LinkedHashMap<>();
  private final LocaleMatcher matcher;

  public Messages() {
    for (String lang : CATALOG_LANGUAGES) {
      catalogs.put(lang, load(lang));
    }
    matcher =
        LocaleMatcher.builder()
            .setSupportedULocales(CATALOG_LANGUAGES.stream().map(ULocale::forLanguageTag).toList())
            .setDefaultULocale(ULocale.ENGLISH)
            .build();
  }

  /** Loads one catalog from the class path, or fails: a catalog is part of the build. */
  public static Properties load(String lang) {
    String path = "translations/messages_" + lang + ".properties";
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing message catalog " + path);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The catalog language that best serves an {@code Accept-Language} header; English if none. */
  public ULocale localeFor(String acceptLanguage) {
    if (acceptLanguage == null
        || acceptLanguage.isBlank()
        || acceptLanguage.length() > MAX_HEADER) {
      return ULocale.ENGLISH;
    }
    try {
      return matcher.getBestMatch(LocalePriorityList.add(acceptLanguage).build());
    } catch (RuntimeException garbage) {
      return ULocale.ENGLISH;
    }
  }

  public String format(String key, ULocale locale, Map<String, ?> arguments) {
    String lang = catalogs.containsKey(locale.getLanguage()) ? locale.getLanguage() : BASE;
    String pattern = catalogs.get(lang).getProperty(key);
    if (pattern == null) {
      lang = BASE;
      pattern = catalogs.get(BASE).getProperty(key, key);
    }
    ULocale formatLocale = ULocale.forLanguageTag(lang);
    Map<String, Object> args = new LinkedHashMap<>();
    arguments.forEach((name, value) -> args.put(name, displayable(value, formatLocale)));
    return new MessageFormat(pattern, formatLocale).format(args);
  }

  private static Object displayable(Object value, ULocale locale) {
    if (value instanceof Collection<?> items) {
      return ListFormatter.getInstance(locale).format(items.stream().map(String::valueOf).toList());
    }
    return value;
  }
}
