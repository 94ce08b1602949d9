package dev.tilmash.interchange;

import dev.tilmash.article.VersionContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The demo newsroom's texts ({@code demo/articles/<name>.<lang>.md}) as version content. */
final class DemoArticles {
  static final List<String> NAMES =
      List.of(
          "forum-report",
          "trade-figures",
          "middle-corridor",
          "education-exchange",
          "summit-preview",
          "expert-opinion");
  static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "zh");

  private DemoArticles() {}

  static VersionContent load(String name, String lang) {
    String path = "demo/articles/" + name + "." + lang + ".md";
    try (InputStream in = DemoArticles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String[] parts = text.split("\n---\n", 2);
      String title = "";
      String summary = "";
      for (String line : parts[0].split("\n")) {
        if (line.startsWith("title:")) {
          title = line.substring("title:".length()).strip();
        } else if (line.startsWith("summary:")) {
          summary = line.substring("summary:".length()).strip();
        }
      }
      return new VersionContent(title, summary, parts[1].strip() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
