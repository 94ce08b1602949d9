package dev.tilmash.interchange;

/**
 * Escapes a translator's text so that it reads as text inside a Markdown paragraph: a star stays a
 * star, {@code 1.} at the start of a line does not start a list, {@code &amp;} is not an entity.
 * Backslash escapes are valid before any ASCII punctuation, so escaping a little too much never
 * changes what a reader sees.
 */
final class MarkdownEscaper {
  private static final String ALWAYS = "\\`*_[]<";

  private MarkdownEscaper() {}

  /**
   * @param atLineStart whether the text begins a line (the block's start, or after a line break)
   * @param beforeCode whether an inline code follows, which might be a link's {@code [}
   */
  static String escape(String text, boolean atLineStart, boolean beforeCode) {
    String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    StringBuilder out = new StringBuilder(flat.length() + 8);
    boolean lineStart = atLineStart;
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (lineStart && (c == ' ' || c == '\t')) {
        continue; // indentation would make code blocks or continuation lines
      }
      if (lineStart) {
        lineStart = false;
        if ("#>-+=|".indexOf(c) >= 0) {
          out.append('\\').append(c);
          continue;
        }
        if (Character.isDigit(c)) {
          int end = i;
          while (end < flat.length() && Character.isDigit(flat.charAt(end))) {
            end++;
          }
          out.append(flat, i, end);
          if (end < flat.length() && (flat.charAt(end) == '.' || flat.charAt(end) == ')')) {
            out.append('\\').append(flat.charAt(end));
            end++;
          }
          i = end - 1;
          continue;
        }
      }
      if (ALWAYS.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '!' && (i + 1 < flat.length() ? flat.charAt(i + 1) == '[' : beforeCode)) {
        out.append("\\!");
      } else if (c == '&' && i + 1 < flat.length() && isEntityStart(flat.charAt(i + 1))) {
        out.append("\\&");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isEntityStart(char c) {
    return c == '#' || (c < 128 && Character.isLetterOrDigit(c));
  }
}
