package dev.tilmash.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How search remembers: the bound of {@link RememberedSearches}. */
@ApplicationScoped
public class SearchSettings {
  /** The most the remembered answers may weigh, about their JSON bytes. */
  @Inject
  @ConfigProperty(name = "tilmash.search.cache-max-bytes", defaultValue = "16777216")
  long cacheMaxBytes;

  public long cacheMaxBytes() {
    return cacheMaxBytes;
  }
}
