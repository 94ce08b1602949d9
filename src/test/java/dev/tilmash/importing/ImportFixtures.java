package dev.tilmash.importing;

import dev.tilmash.language.LanguageSet;
import dev.tilmash.language.LanguageSets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The pages under {@code src/test/resources/importing/} and the newsroom's language set. */
final class ImportFixtures {
  private ImportFixtures() {}

  static LanguageSet languages() {
    return LanguageSets.basic();
  }

  static ArticleImporter importer() {
    return new ArticleImporter(DebrisRules.builtIn(), languages(), 0.6);
  }

  static UploadedFile file(String name) {
    return new UploadedFile(name, bytes(name));
  }

  static byte[] bytes(String name) {
    try (InputStream in = ImportFixtures.class.getResourceAsStream("/importing/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test page " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static UploadedFile utf8(String name, String content) {
    return new UploadedFile(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
