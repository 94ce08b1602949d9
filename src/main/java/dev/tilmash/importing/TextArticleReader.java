package dev.tilmash.importing;

import dev.tilmash.text.MarkdownEscaper;
import dev.tilmash.text.MarkdownText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text and Markdown exports: paragraphs are separated by blank lines, and the first
 * line that is neither metadata nor debris is the title (chosen later, by {@link ArticleCleaner}).
 * A Markdown export may start with front matter ({@code ---} … {@code ---}) naming its title,
 * author and source.
 */
final class TextArticleReader {
  private static final Pattern BULLET = Pattern.compile("^[-•*–—]\\s+(.+)$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})[.)]\\s+(.+)$");
  private static final Pattern MARKDOWN_ITEM = Pattern.compile("^\\s*(?:[-+*]|\\d{1,9}[.)])\\s+.*");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");
  private static final Pattern SETEXT = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
  private static final Pattern FRONT_MATTER_ENTRY = Pattern.compile("^([\\p{L}_-]+)\\s*:\\s*(.*)$");
  private static final List<String> TITLE_KEYS = List.of("title", "заголовок", "sarlavha", "标题");
  private static final int FRONT_MATTER_MAX_LINES = 60;
  private static final int WRAP_WIDTH = 100;

  private TextArticleReader() {}

  /** A plain-text file: every character is text, lines starting with a bullet are list items. */
  static RawArticle plain(String text) {
    List<Block> blocks = new ArrayList<>();
    for (List<String> group : groups(List.of(text.split("\n", -1)), false)) {
      List<Block.Line> lines = group.stream().map(TextArticleReader::plainLine).toList();
      if (lines.stream().allMatch(Block.Line::listItem)) {
        blocks.add(new Block(Block.Kind.LIST, lines));
      } else if (group.stream().anyMatch(line -> line.length() > WRAP_WIDTH)) {
        // Lines longer than any hard wrap: the export wrote one paragraph a line.
        lines.forEach(
            line ->
                blocks.add(
                    Block.of(line.listItem() ? Block.Kind.LIST : Block.Kind.PARAGRAPH, line)));
      } else {
        blocks.add(new Block(Block.Kind.PARAGRAPH, lines));
      }
    }
    return new RawArticle(null, List.of(), blocks, Map.of(), null, List.of(), List.of());
  }

  /** A Markdown file: the Markdown is kept; front matter gives the title and metadata. */
  static RawArticle markdown(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    Map<MetadataField, String> declared = new EnumMap<>(MetadataField.class);
    List<ImportWarning> warnings = new ArrayList<>();
    String title = frontMatter(lines, declared, warnings);
    List<Block> blocks = new ArrayList<>();
    int images = 0;
    for (List<String> group : groups(setextToAtx(lines), true)) {
      if (FENCE.matcher(group.get(0)).matches()) {
        blocks.add(
            new Block(Block.Kind.CODE, group.stream().map(l -> Block.Line.of(l, l)).toList()));
        continue;
      }
      List<Block.Line> kept = new ArrayList<>();
      for (String line : group) {
        if (MarkdownText.onlyImage(line)) {
          images++;
        } else {
          kept.add(markdownLine(line));
        }
      }
      if (!kept.isEmpty()) {
        blocks.add(new Block(Block.Kind.PARAGRAPH, kept));
      }
    }
    if (images > 0) {
      warnings.add(ImportWarning.of("media-dropped", "count", images));
    }
    return new RawArticle(title, List.of(), blocks, declared, null, List.of(), warnings);
  }

  private static Block.Line plainLine(String line) {
    String trimmed = line.strip();
    Matcher bullet = BULLET.matcher(trimmed);
    if (bullet.matches()) {
      return new Block.Line(
          "- " + MarkdownEscaper.escapeLine(bullet.group(1)), bullet.group(1), false, true);
    }
    Matcher numbered = NUMBERED.matcher(trimmed);
    if (numbered.matches()) {
      String item = numbered.group(2);
      return new Block.Line(
          numbered.group(1) + ". " + MarkdownEscaper.escapeLine(item), item, false, true);
    }
    return Block.Line.of(MarkdownEscaper.escapeLine(trimmed), trimmed);
  }

  private static Block.Line markdownLine(String line) {
    String kept = line.stripTrailing();
    return new Block.Line(
        kept,
        MarkdownText.plain(kept),
        MarkdownText.onlyLinks(kept),
        MARKDOWN_ITEM.matcher(kept).matches());
  }

  /** Lines grouped by blank lines; inside a Markdown code fence blank lines do not split. */
  private static List<List<String>> groups(List<String> lines, boolean fences) {
    List<List<String>> groups = new ArrayList<>();
    List<String> current = new ArrayList<>();
    boolean inFence = false;
    for (String line : lines) {
      if (fences && FENCE.matcher(line).matches()) {
        if (!inFence && !current.isEmpty()) {
          groups.add(current);
          current = new ArrayList<>();
        }
        inFence = !inFence;
      }
      if (line.isBlank() && !inFence) {
        if (!current.isEmpty()) {
          groups.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }

  /** {@code Title} over {@code =====} becomes {@code # Title}, so the title is one line. */
  private static List<String> setextToAtx(List<String> lines) {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean underlined =
          i + 1 < lines.size()
              && !line.isBlank()
              && !MARKDOWN_ITEM.matcher(line).matches()
              && SETEXT.matcher(lines.get(i + 1)).matches();
      if (underlined) {
        result.add((lines.get(i + 1).strip().startsWith("=") ? "# " : "## ") + line.strip());
        i++;
      } else {
        result.add(line);
      }
    }
    return result;
  }

  /**
   * Takes front matter off the top of {@code lines}; returns its title, puts its author and source
   * into {@code declared} and warns about keys it does not use.
   */
  private static String frontMatter(
      List<String> lines, Map<MetadataField, String> declared, List<ImportWarning> warnings) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return null;
    }
    int end = -1;
    for (int i = 1; i < Math.min(lines.size(), FRONT_MATTER_MAX_LINES); i++) {
      if (lines.get(i).strip().equals("---")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return null;
    }
    String title = null;
    List<String> ignored = new ArrayList<>();
    for (String entry : lines.subList(1, end)) {
      Matcher matcher = FRONT_MATTER_ENTRY.matcher(entry.strip());
      if (!matcher.matches()) {
        continue;
      }
      String key = matcher.group(1).toLowerCase(Locale.ROOT);
      String value = unquote(matcher.group(2).strip());
      if (TITLE_KEYS.contains(key) && !value.isEmpty()) {
        title = value;
      } else {
        var metadata = MetadataLine.parse(key + ": " + value);
        if (metadata.isPresent()) {
          declared.putIfAbsent(metadata.get().field(), metadata.get().value());
        } else {
          ignored.add(key);
        }
      }
    }
    lines.subList(0, end + 1).clear();
    if (!ignored.isEmpty()) {
      warnings.add(ImportWarning.of("front-matter-ignored", "keys", ignored));
    }
    return title;
  }

  private static String unquote(String value) {
    boolean quoted =
        value.length() >= 2
            && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
    return quoted ? value.substring(1, value.length() - 1).strip() : value;
  }
}
