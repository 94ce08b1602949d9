package dev.tilmash.shared;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks a request's target (its raw, undecoded path and query) before any layer decodes it. The
 * servlet container, RESTEasy and {@link java.net.URI} each fail on different malformed targets,
 * and each in its own way (an HTML page, a bare 400, a 500 from inside the error path), so the
 * application decides once, first, with one rule for all:
 *
 * <ul>
 *   <li>every {@code %} starts a two-digit hex escape, and the escapes decode to valid UTF-8;
 *   <li>no control character (U+0000–U+001F, U+007F), raw or decoded, in the path; in the query
 *       only tab and line breaks, which a search box may hold;
 *   <li>no raw {@code {}} (they are not URI characters; RESTEasy reads them as a template);
 *   <li>no path segment that is {@code .} or {@code ..}, raw or encoded, with or without path
 *       parameters ({@code ..;x}), and no encoded {@code /} or {@code \} inside a segment: ids and
 *       slugs never hold them, and a segment that did would mean one thing to the security
 *       constraints and another to the resource.
 * </ul>
 */
public final class RequestTarget {
  private RequestTarget() {}

  /** Why a target is refused; empty when it is acceptable. */
  public static Optional<String> refusal(String rawPath, String rawQuery) {
    if (rawPath != null) {
      if (rawPath.indexOf('\\') >= 0) {
        return Optional.of("backslash");
      }
      for (String segment : rawPath.split("/", -1)) {
        Optional<String> wrong = segmentRefusal(segment);
        if (wrong.isPresent()) {
          return wrong;
        }
      }
    }
    return rawQuery == null ? Optional.empty() : queryRefusal(rawQuery);
  }

  private static Optional<String> segmentRefusal(String segment) {
    Optional<String> decoded = decode(segment);
    if (decoded.isEmpty()) {
      return Optional.of("escape");
    }
    String text = decoded.get();
    if (hasRawBrace(segment)) {
      return Optional.of("brace");
    }
    if (text.chars().anyMatch(RequestTarget::isControl)) {
      return Optional.of("control");
    }
    String beforeParameters = text.split(";", 2)[0];
    if (beforeParameters.equals(".") || beforeParameters.equals("..")) {
      return Optional.of("dot-segment");
    }
    if (text.indexOf('/') >= 0 || text.indexOf('\\') >= 0) {
      return Optional.of("encoded-separator");
    }
    return Optional.empty();
  }

  private static Optional<String> queryRefusal(String query) {
    if (hasRawBrace(query)) {
      return Optional.of("brace");
    }
    if (query.chars().anyMatch(RequestTarget::isControl)) {
      return Optional.of("control");
    }
    for (String pair : query.split("&", -1)) {
      Optional<String> decoded = decode(pair);
      if (decoded.isEmpty()) {
        return Optional.of("escape");
      }
      if (decoded
          .get()
          .chars()
          .anyMatch(c -> isControl(c) && c != '\t' && c != '\n' && c != '\r')) {
        return Optional.of("control");
      }
    }
    return Optional.empty();
  }

  private static boolean hasRawBrace(String text) {
    return text.indexOf('{') >= 0 || text.indexOf('}') >= 0;
  }

  private static boolean isControl(int c) {
    return c < 0x20 || c == 0x7F;
  }

  /**
   * Percent-decodes strictly: a {@code %} without two hex digits, or escapes that are not UTF-8,
   * give empty. Characters that are not escaped stay as they are.
   */
  static Optional<String> decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return Optional.of(raw);
    }
    StringBuilder out = new StringBuilder(raw.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 3;
      } else {
        if (!flush(bytes, out)) {
          return Optional.empty();
        }
        out.append(c);
        i++;
      }
    }
    return flush(bytes, out) ? Optional.of(out.toString()) : Optional.empty();
  }

  private static boolean flush(ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() == 0) {
      return true;
    }
    try {
      out.append(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray())));
      bytes.reset();
      return true;
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
  }
}
