package dev.tilmash.preview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code tilmash.preview.*} settings: the key of signed preview links (when unset, one is
 * generated and kept in the database, see {@link PreviewKey}), the longest a link may live, and how
 * long a link lives when its request names no lifetime.
 */
@ApplicationScoped
public class PreviewSettings {
  @Inject
  @ConfigProperty(name = "tilmash.preview.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "tilmash.preview.max-lifetime", defaultValue = "P7D")
  Duration maxLifetime;

  @Inject
  @ConfigProperty(name = "tilmash.preview.default-lifetime", defaultValue = "PT1H")
  Duration defaultLifetime;

  Optional<String> secret() {
    return secret.filter(s -> !s.isBlank());
  }

  Duration maxLifetime() {
    return maxLifetime;
  }

  Duration defaultLifetime() {
    return defaultLifetime;
  }
}
