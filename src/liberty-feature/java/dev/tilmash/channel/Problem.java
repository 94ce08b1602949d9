package dev.tilmash.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A problem as the application renders it (RFC 9457, a localized title and detail from the
 * application's own catalogs, packed into this bundle by the build), for the one place that answers
 * before the application exists for the request: {@link RequestRefusal}.
 *
 * @param reason the {@code reason} member, or null for none
 * @param headers headers the answer carries besides its type and language
 */
record Problem(
    int status, String language, String slug, String reason, Map<String, String> headers) {
  static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "zh");
  private static final String TYPES = "https://tilmash.dev/problems/";
  private static final int MAX_HEADER = 1024;

  static Problem malformedUri(String reason, String acceptLanguage) {
    return new Problem(400, languageFor(acceptLanguage), "malformed-uri", reason, Map.of());
  }

  static Problem unauthenticated(String acceptLanguage, Map<String, String> headers) {
    return new Problem(401, languageFor(acceptLanguage), "unauthenticated", null, headers);
  }

  String reasonPhrase() {
    return status == 401 ? "Unauthorized" : "Bad Request";
  }

  /** The catalog language that best serves {@code Accept-Language} (RFC 4647 lookup); English. */
  static String languageFor(String acceptLanguage) {
    if (acceptLanguage == null
        || acceptLanguage.isBlank()
        || acceptLanguage.length() > MAX_HEADER) {
      return "en";
    }
    try {
      String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
      return best == null ? "en" : best;
    } catch (IllegalArgumentException garbage) {
      return "en";
    }
  }

  byte[] body() {
    Properties catalog = catalog(language);
    String json =
        "{\"type\":"
            + quoted(TYPES + slug)
            + ",\"title\":"
            + quoted(catalog.getProperty("problem." + slug + ".title"))
            + ",\"status\":"
            + status
            + ",\"detail\":"
            + quoted(catalog.getProperty("problem." + slug + ".detail"))
            + (reason == null ? "" : ",\"reason\":" + quoted(reason))
            + "}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static Properties catalog(String language) {
    String path = "translations/messages_" + language + ".properties";
    try (InputStream in = Problem.class.getClassLoader().getResourceAsStream(path)) {
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

  /** A JSON string: quotes, backslashes and control characters escaped. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
