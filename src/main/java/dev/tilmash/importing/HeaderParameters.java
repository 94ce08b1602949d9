package dev.tilmash.importing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A header value of the shape {@code value; name=token; name="quoted \" string"}, as {@code
 * Content-Type} and {@code Content-Disposition} are written (RFC 9110, RFC 6266). Parameter names
 * are case-insensitive; {@code name*=UTF-8''percent-encoded} (RFC 8187) is decoded and wins over
 * {@code name}. Anything that does not have this shape is {@link Optional#empty() unreadable}
 * rather than guessed at.
 */
record HeaderParameters(String value, Map<String, String> parameters) {

  /** The header {@code header}, or empty when it is not well-formed. */
  static Optional<HeaderParameters> parse(String header) {
    int semicolon = header.indexOf(';');
    String value = (semicolon < 0 ? header : header.substring(0, semicolon)).strip();
    Map<String, String> parameters = new LinkedHashMap<>();
    int i = semicolon < 0 ? header.length() : semicolon;
    while (i < header.length()) {
      i = skipSpace(header, i + 1);
      if (i >= header.length()) {
        break;
      }
      int equals = header.indexOf('=', i);
      if (equals < 0) {
        return Optional.empty();
      }
      String name = header.substring(i, equals).strip().toLowerCase(Locale.ROOT);
      StringBuilder text = new StringBuilder();
      i = skipSpace(header, equals + 1);
      if (i < header.length() && header.charAt(i) == '"') {
        for (i++; i < header.length() && header.charAt(i) != '"'; i++) {
          if (header.charAt(i) == '\\' && i + 1 < header.length()) {
            i++;
          }
          text.append(header.charAt(i));
        }
        if (i >= header.length()) {
          return Optional.empty();
        }
        i = skipSpace(header, i + 1);
      } else {
        int end = header.indexOf(';', i);
        end = end < 0 ? header.length() : end;
        text.append(header, i, end);
        i = end;
      }
      if (i < header.length() && header.charAt(i) != ';' || name.isEmpty()) {
        return Optional.empty();
      }
      parameters.put(name, text.toString().strip());
    }
    return Optional.of(new HeaderParameters(value.toLowerCase(Locale.ROOT), parameters));
  }

  /** The parameter {@code name}, its extended form {@code name*} first. */
  Optional<String> get(String name) {
    Optional<String> extended =
        Optional.ofNullable(parameters.get(name + "*")).flatMap(HeaderParameters::extended);
    return extended.or(() -> Optional.ofNullable(parameters.get(name)));
  }

  /** {@code UTF-8''Almaty%20news.txt}; other charsets are not read. */
  private static Optional<String> extended(String value) {
    int quote = value.indexOf("''");
    if (quote < 0 || !value.substring(0, quote).equalsIgnoreCase("UTF-8")) {
      return Optional.empty();
    }
    String encoded = value.substring(quote + 2);
    byte[] bytes = new byte[encoded.length()];
    int n = 0;
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()) {
          return Optional.empty();
        }
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes[n++] = (byte) (high * 16 + low);
        i += 2;
      } else if (c > 0x7f) {
        return Optional.empty();
      } else {
        bytes[n++] = (byte) c;
      }
    }
    return MultipartBody.utf8(bytes, 0, n);
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
