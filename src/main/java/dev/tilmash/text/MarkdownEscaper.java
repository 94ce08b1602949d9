package dev.tilmash.text;

import java.util.regex.Pattern;

/**
 * Escapes text so that it reads as text inside Markdown: a star stays a star, {@code 1.} at the
 * start of a line does not start a list, {@code &amp;} is not an entity. The one place where text
 * becomes Markdown, for a translator's words ({@link #escape}) and for the lines of an imported
 * page ({@link #escapeLine}). Backslash escapes are valid before any ASCII punctuation, so escaping
 * a little too much never changes what a reader sees.
 */
public final class MarkdownEscaper {
  private static final String ALWAYS = "\\`*_[]<";

  /** What an imported line escapes wherever it stands: also what tables and strikes would use. */
  private static final Pattern LINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|&~])");

  private static final Pattern LINE_MARKER =
      Pattern.compile("^(\\s*)([-+=]|\\d{1,9}[.)])(?=\\s|$)");

  private MarkdownEscaper() {}

  /**
   * A piece of an imported page's line, escaped more widely than a translator's text: every
   * character that is markup anywhere, and a list or heading marker where the piece begins. What
   * imports stored is kept byte for byte, so their bodies do not change.
   */
  public static String escapeLine(String text) {
    String escaped = LINE_SPECIAL.matcher(text).replaceAll("\\\\$1");
    return LINE_MARKER.matcher(escaped).replaceFirst("$1\\\\$2");
  }

  /**
   * A translator's text within a unit.
   *
   * @param atLineStart whether the text begins a line (the block's start, or after a line break)
   * @param beforeCode whether an inline code follows, which might be a link's {@code [}
   */
  public static String escape(String text, boolean atLineStart, boolean beforeCode) {
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
