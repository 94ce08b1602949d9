package dev.tilmash.it.fuzz;

import java.nio.charset.StandardCharsets;

/** Text for a report line: control and non-ASCII characters escaped, cut to a length. */
final class Printable {
  private Printable() {}

  static String of(String text, int max) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0xff && !Character.isLetter(c))) {
        out.append(String.format("\\x%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return i < text.length() ? out + "…(" + text.length() + " chars)" : out.toString();
  }

  static String of(byte[] bytes, int max) {
    return of(new String(bytes, 0, Math.min(bytes.length, max * 4), StandardCharsets.UTF_8), max);
  }
}
