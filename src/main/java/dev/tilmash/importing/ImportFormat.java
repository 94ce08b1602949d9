package dev.tilmash.importing;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file an old site's export or scrape gives, told apart by their file names. */
public enum ImportFormat {
  TEXT("txt"),
  MARKDOWN("md", "markdown"),
  HTML("html", "htm");

  private final String[] extensions;

  ImportFormat(String... extensions) {
    this.extensions = extensions;
  }

  /** The format of a file called {@code fileName}, or empty for anything else. */
  public static Optional<ImportFormat> of(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1);
    for (ImportFormat format : values()) {
      for (String known : format.extensions) {
        if (known.equals(extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /** The format's name in reports: {@code text}, {@code markdown} or {@code html}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a decoded file of this format into its title and blocks. */
  RawArticle read(String text, DebrisRules rules) {
    return switch (this) {
      case TEXT -> TextArticleReader.plain(text);
      case MARKDOWN -> TextArticleReader.markdown(text);
      case HTML -> HtmlArticleReader.read(text, rules);
    };
  }
}
