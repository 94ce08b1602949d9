package dev.tilmash.memory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the translation memory suggests and how much memory its fuzzy indexes may take. */
@ApplicationScoped
public class MemorySettings {
  @Inject
  @ConfigProperty(name = "tilmash.memory.fuzzy-minimum", defaultValue = "0.75")
  double fuzzyMinimum;

  @Inject
  @ConfigProperty(name = "tilmash.memory.fuzzy-limit", defaultValue = "5")
  int fuzzyLimit;

  /**
   * A token occurrence takes about 17 bytes of heap (measured by {@code MemoryBenchmark}): the
   * default keeps all fuzzy indexes together near 100 MB, some 300,000 sentences.
   */
  @Inject
  @ConfigProperty(name = "tilmash.memory.index-max-tokens", defaultValue = "6000000")
  long indexMaxTokens;

  @Inject
  @ConfigProperty(name = "tilmash.memory.index-refresh-minutes", defaultValue = "10")
  long indexRefreshMinutes;

  /** Settings without a container, for tests and the benchmark. */
  static MemorySettings of(double minimum, int limit, long maxTokens, long refreshMinutes) {
    MemorySettings settings = new MemorySettings();
    settings.fuzzyMinimum = minimum;
    settings.fuzzyLimit = limit;
    settings.indexMaxTokens = maxTokens;
    settings.indexRefreshMinutes = refreshMinutes;
    return settings;
  }

  /** The least similarity of a suggested fuzzy match, 0..1. */
  public double fuzzyMinimum() {
    return fuzzyMinimum;
  }

  /** The most fuzzy matches suggested per segment. */
  public int fuzzyLimit() {
    return fuzzyLimit;
  }

  /** The token occurrences all cached fuzzy indexes may hold together. */
  public long indexMaxTokens() {
    return indexMaxTokens;
  }

  /** How long an index is used before it is built again (to see other instances' additions). */
  public Duration indexRefresh() {
    return Duration.ofMinutes(indexRefreshMinutes);
  }
}
