package dev.tilmash.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Hits and misses of {@link DeliveryCache}, by what was asked for: {@code
 * tilmash_delivery_cache_total{kind="article",result="hit"}}. A hit is an answer given from the
 * cache (by {@link CacheHitFilter} or the resource); a miss is one that had to be rendered.
 */
@ApplicationScoped
public class DeliveryMetrics {
  /** What a delivery request asked for. */
  enum Kind {
    ARTICLE,
    LIST
  }

  @Inject MetricRegistry registry;

  private final Counter[] hits = new Counter[Kind.values().length];
  private final Counter[] misses = new Counter[Kind.values().length];

  @PostConstruct
  void register() {
    Metadata metadata =
        Metadata.builder()
            .withName("tilmash.delivery.cache")
            .withDescription("Delivery answers given from the cache (hit) or rendered (miss)")
            .build();
    for (Kind kind : Kind.values()) {
      Tag tag = new Tag("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
      hits[kind.ordinal()] = registry.counter(metadata, tag, new Tag("result", "hit"));
      misses[kind.ordinal()] = registry.counter(metadata, tag, new Tag("result", "miss"));
    }
  }

  /** Makes the bean, and so its series, at start: a scrape shows them at zero before first use. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // registering is done by @PostConstruct
  }

  /** One answer of that kind: rendered (a miss) or given from the cache (a hit). */
  void answered(Kind kind, boolean rendered) {
    (rendered ? misses : hits)[kind.ordinal()].inc();
  }
}
