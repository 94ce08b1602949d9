package dev.tilmash.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the editorial side remembers: the lifetime and the bound of {@link EditorialCache}. */
@ApplicationScoped
public class ArticleSettings {
  /**
   * How long a remembered total or page may be given: changes made by another instance are seen
   * after at most this long.
   */
  @Inject
  @ConfigProperty(name = "tilmash.editorial.cache-seconds", defaultValue = "10")
  long editorialCacheSeconds;

  @Inject
  @ConfigProperty(name = "tilmash.editorial.cache-max-bytes", defaultValue = "8388608")
  long editorialCacheMaxBytes;

  public Duration editorialCacheLifetime() {
    return Duration.ofSeconds(editorialCacheSeconds);
  }

  public long editorialCacheMaxBytes() {
    return editorialCacheMaxBytes;
  }
}
