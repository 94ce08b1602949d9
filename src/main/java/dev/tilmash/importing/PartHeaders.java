package dev.tilmash.importing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The headers of one part of a multipart body: {@code Name: value} lines of UTF-8 ended by CRLF
 * (browsers send file names in UTF-8). Names are case-insensitive; a line that starts with a space
 * continues the one before it. A line without a name, or with a control character, makes the
 * headers unreadable.
 */
final class PartHeaders {
  private PartHeaders() {}

  /**
   * The headers in {@code bytes} from {@code from} to {@code to} (exclusive), by lower-case name.
   *
   * @throws dev.tilmash.shared.ProblemException {@code multipart-malformed} with reason {@code
   *     headers} when they are not well-formed
   */
  static Map<String, String> read(byte[] bytes, int from, int to) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (to <= from) {
      return headers;
    }
    String text =
        MultipartBody.utf8(bytes, from, to).orElseThrow(() -> MultipartBody.malformed("headers"));
    String last = null;
    for (String line : text.split("\r\n", -1)) {
      if (line.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
        throw MultipartBody.malformed("headers");
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
        headers.merge(last, " " + line.strip(), String::concat);
        continue;
      }
      int colon = line.indexOf(':');
      String name = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty() || !name.matches("[!#$%&'*+.^_`|~0-9a-z-]+")) {
        throw MultipartBody.malformed("headers");
      }
      headers.put(name, line.substring(colon + 1).strip());
      last = name;
    }
    return headers;
  }
}
