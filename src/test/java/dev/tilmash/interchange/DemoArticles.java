package dev.tilmash.interchange;

import dev.tilmash.article.VersionContent;
import dev.tilmash.demo.DemoText;
import java.util.List;

/** The demo newsroom's texts ({@code demo/articles/<name>.<lang>.md}) as version content. */
final class DemoArticles {
  static final List<String> NAMES = DemoText.keys();
  static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "zh");

  private DemoArticles() {}

  static VersionContent load(String name, String lang) {
    DemoText text = DemoText.load(name + "." + lang);
    return new VersionContent(text.title(), text.summary(), text.body());
  }
}
