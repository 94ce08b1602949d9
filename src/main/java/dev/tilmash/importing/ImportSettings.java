package dev.tilmash.importing;

import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.BodySizeLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configuration of imports: limits, how sure a language guess must be, and the debris rules
 * (built in, then {@code tilmash.import.debris-rules-file}, then single rules as {@code
 * tilmash.import.debris.<kind>.<name>} keys). Imports carry many files, so their request body limit
 * is their own and replaces {@code tilmash.http.max-body-bytes} on {@code /imports}.
 */
@ApplicationScoped
public class ImportSettings implements BodySizeLimit.Allowance {
  static final String PATH = "imports";
  private static final String RULE_KEYS = "tilmash.import.debris.";

  @Inject
  @ConfigProperty(name = "tilmash.import.max-request-bytes", defaultValue = "16777216")
  long maxRequestBytes;

  @Inject
  @ConfigProperty(name = "tilmash.import.max-files", defaultValue = "50")
  int maxFiles;

  @Inject
  @ConfigProperty(name = "tilmash.import.max-file-bytes", defaultValue = "2097152")
  long maxFileBytes;

  @Inject
  @ConfigProperty(name = "tilmash.import.max-archive-bytes", defaultValue = "33554432")
  long maxArchiveBytes;

  @Inject
  @ConfigProperty(name = "tilmash.import.min-language-confidence", defaultValue = "0.6")
  double minLanguageConfidence;

  @Inject
  @ConfigProperty(name = "tilmash.import.debris-rules-file")
  Optional<String> rulesFile;

  @Override
  public OptionalLong maxBytes(String path) {
    return path.equals(PATH) ? OptionalLong.of(maxRequestBytes) : OptionalLong.empty();
  }

  public UploadLimits limits() {
    return new UploadLimits(maxFiles, maxFileBytes, maxArchiveBytes);
  }

  /**
   * Builds the importer, and so reads the debris rules, at start: a malformed rule stops the
   * deployment with a message naming it, rather than failing the first import.
   */
  void checkRules(
      @Observes @Initialized(ApplicationScoped.class) Object started, ArticleImporter importer) {}

  @Produces
  @Singleton
  ArticleImporter importer(LanguageSet languages) {
    return new ArticleImporter(debrisRules(), languages, minLanguageConfidence);
  }

  DebrisRules debrisRules() {
    DebrisRules rules = DebrisRules.builtIn();
    if (rulesFile.isPresent() && !rulesFile.get().isBlank()) {
      try (Reader reader =
          Files.newBufferedReader(Path.of(rulesFile.get()), StandardCharsets.UTF_8)) {
        rules = rules.with(DebrisRules.read(reader));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read debris rules " + rulesFile.get(), e);
      }
    }
    Config config = ConfigProvider.getConfig();
    Map<String, String> keys = new LinkedHashMap<>();
    for (String name : config.getPropertyNames()) {
      if (name.startsWith(RULE_KEYS)) {
        keys.put(
            name.substring(RULE_KEYS.length()),
            config.getOptionalValue(name, String.class).orElse(""));
      }
    }
    return rules.with(keys);
  }
}
