package dev.tilmash.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of Markdown read back as plain text, and links written into them. Text going the other way,
 * into Markdown, is escaped by {@link MarkdownEscaper}.
 */
public final class MarkdownText {
  private static final Pattern INDENT = Pattern.compile("\\s{0,3}");
  private static final Pattern BLOCK_MARKER =
      Pattern.compile("#{1,6}\\s+|>\\s?|[-+*]\\s+|\\d{1,9}[.)]\\s+");
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{1,3}|`+|~~)");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\p{Punct}])");
  private static final Pattern LINK_ITEM =
      Pattern.compile("\\s*[-+*]?\\s*\\[[^\\]]+\\]\\([^)]*\\)\\s*[,;|·•]?");

  private MarkdownText() {}

  /** The words of a line of Markdown, without block markers, emphasis and link targets. */
  public static String plain(String markdown) {
    String text = markdown.substring(markers(markdown));
    text = IMAGE.matcher(text).replaceAll("");
    text = LINK.matcher(text).replaceAll("$1");
    text = EMPHASIS.matcher(text).replaceAll("");
    text = ESCAPE.matcher(text).replaceAll("$1");
    return text.strip().replaceAll("\\s+", " ");
  }

  /** True for a line of nothing but links, such as an item of a "read also" list. */
  public static boolean onlyLinks(String markdown) {
    Matcher link = LINK_ITEM.matcher(markdown);
    int links = 0;
    while (link.lookingAt()) {
      links++;
      link.region(link.end(), markdown.length());
    }
    return links > 0 && markdown.substring(link.regionStart()).isBlank();
  }

  /**
   * Where the text of a line starts after its block markers ({@code > - 1. ## }), however many.
   * Matched one marker at a time: a repeated group in {@link Pattern} recurses once per repetition,
   * and a line of 15,000 {@code > } would overflow the stack.
   */
  private static int markers(String markdown) {
    Matcher indent = INDENT.matcher(markdown);
    indent.lookingAt();
    Matcher marker = BLOCK_MARKER.matcher(markdown);
    int at = indent.end();
    boolean any = false;
    while (marker.region(at, markdown.length()).lookingAt()) {
      at = marker.end();
      any = true;
    }
    return any ? at : 0;
  }

  /** True for a line that is only an image. */
  public static boolean onlyImage(String markdown) {
    return !markdown.isBlank() && IMAGE.matcher(markdown).replaceAll("").isBlank();
  }

  /** A link in Markdown; a target with spaces or parentheses is percent-encoded. */
  public static String link(String markdownText, String url) {
    String target = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    return "[" + markdownText + "](" + target + ")";
  }
}
