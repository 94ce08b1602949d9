package dev.tilmash.search;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Completes the Hibernate Search settings of {@code persistence.xml} from MicroProfile Config while
 * Hibernate boots (registered in {@code META-INF/services}), so the index location and the backend
 * are configuration like the rest of Tilmash:
 *
 * <ul>
 *   <li>{@code tilmash.search.backend} chooses the {@link SearchBackend}: embedded Lucene (the
 *       default) or OpenSearch at {@code tilmash.search.opensearch.uris}, with the outbox;
 *   <li>any {@code hibernate.search.*} key found in MicroProfile Config (system property,
 *       server.xml variable, {@code microprofile-config.properties}) overrides the persistence
 *       unit's value and the backend's;
 *   <li>the Lucene index directory is {@code tilmash.search.index-path}, by default the H2 database
 *       path with {@code -search} appended ({@code data/tilmash-search} next to {@code
 *       data/tilmash.mv.db}), so that deleting the data directory deletes both.
 * </ul>
 *
 * Does nothing where no MicroProfile Config runs (the JPA tests configure Hibernate themselves).
 */
public class SearchConfiguration implements ServiceContributor {
  static final String PREFIX = "hibernate.search.";
  static final String INDEX_ROOT = PREFIX + "backend.directory.root";
  static final String INDEX_PATH = "tilmash.search.index-path";
  static final String DATABASE_PATH = "tilmash.db.path";
  private static final Logger LOG = Logger.getLogger(SearchConfiguration.class.getName());

  @Override
  public void contribute(StandardServiceRegistryBuilder registry) {
    Map<String, Object> settings = registry.getSettings();
    if (!settings.containsKey(PREFIX + "mapping.configurer")
        || "false".equalsIgnoreCase(String.valueOf(settings.get(PREFIX + "enabled")))) {
      return;
    }
    Optional<Config> found = config();
    if (found.isEmpty()) {
      return;
    }
    Config config = found.get();
    SearchBackend backend =
        SearchBackend.of(config.getOptionalValue(SearchBackend.KEY, String.class).orElse(null));
    backend
        .settings(
            config
                .getOptionalValue(SearchBackend.URIS, String.class)
                .orElse(SearchBackend.DEFAULT_URIS),
            config
                .getOptionalValue(SearchBackend.VERSION, String.class)
                .orElse(SearchBackend.DEFAULT_VERSION))
        .forEach(registry::applySetting);
    if (backend != SearchBackend.LUCENE) {
      LOG.info(() -> "Search backend: " + backend.name().toLowerCase(Locale.ROOT));
    }
    for (String name : config.getPropertyNames()) {
      if (name.startsWith(PREFIX)) {
        config.getOptionalValue(name, String.class).ifPresent(v -> registry.applySetting(name, v));
      }
    }
    if (backend == SearchBackend.LUCENE && !registry.getSettings().containsKey(INDEX_ROOT)) {
      indexRoot(config)
          .ifPresent(
              root -> {
                registry.applySetting(INDEX_ROOT, root);
                LOG.info(() -> "Search index directory: " + root);
              });
    }
  }

  private static Optional<String> indexRoot(Config config) {
    Optional<String> explicit = config.getOptionalValue(INDEX_PATH, String.class);
    if (explicit.isPresent()) {
      return explicit.map(path -> Path.of(path).toAbsolutePath().toString());
    }
    return config
        .getOptionalValue(DATABASE_PATH, String.class)
        .map(path -> Path.of(path + "-search").toAbsolutePath().toString());
  }

  private Optional<Config> config() {
    try {
      return Optional.of(ConfigProvider.getConfig(getClass().getClassLoader()));
    } catch (RuntimeException | LinkageError noMicroProfileConfig) {
      return Optional.empty();
    }
  }
}
