package dev.tilmash.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One demo text from {@code demo/articles/<key>.<lang>.md}: a {@code title:} line, a {@code
 * summary:} line, a {@code ---} line, then the Markdown body.
 */
public record DemoText(String title, String summary, String body) {

  /** The keys of the demo articles, in the order the demo loader writes them. */
  public static List<String> keys() {
    return DemoPlan.ARTICLES.stream().map(DemoPlan.Article::key).toList();
  }

  /** The text {@code demo/articles/<name>.md}, for example {@code trade-figures.kk}. */
  public static DemoText load(String name) {
    String path = "demo/articles/" + name + ".md";
    try (InputStream in = DemoText.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing demo text " + path);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the format above; the benchmark's dataset builder reads the same files. */
  public static DemoText parse(String text) {
    String[] parts = text.split("\n---\n", 2);
    String title = null;
    String summary = null;
    for (String line : parts[0].split("\n")) {
      if (line.startsWith("title:")) {
        title = line.substring("title:".length()).strip();
      } else if (line.startsWith("summary:")) {
        summary = line.substring("summary:".length()).strip();
      }
    }
    if (title == null || summary == null || parts.length < 2) {
      throw new IllegalArgumentException("demo text needs title:, summary: and ---");
    }
    return new DemoText(title, summary, parts[1].strip() + "\n");
  }
}
