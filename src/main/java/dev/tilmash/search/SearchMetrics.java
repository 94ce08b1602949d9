package dev.tilmash.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * How long the index takes to answer a search: a timer per kind ({@code
 * tilmash_search_seconds{kind="public"}}, and {@code editorial} for the editorial list's title
 * words), with the histogram buckets and percentiles of {@code mp.metrics.distribution.*} in
 * microprofile-config.properties. Remembered answers ({@link RememberedSearches}) never reach the
 * index and are not timed.
 */
@ApplicationScoped
public class SearchMetrics {
  /** Which search was timed. */
  enum Kind {
    PUBLIC,
    EDITORIAL
  }

  static final String NAME = "tilmash.search";

  @Inject MetricRegistry registry;

  private final Timer[] timers = new Timer[Kind.values().length];

  @PostConstruct
  void register() {
    Metadata metadata =
        Metadata.builder()
            .withName(NAME)
            .withDescription("Time the search index took to answer, by kind of search")
            .withUnit(MetricUnits.SECONDS)
            .build();
    for (Kind kind : Kind.values()) {
      timers[kind.ordinal()] =
          registry.timer(metadata, new Tag("kind", kind.name().toLowerCase(Locale.ROOT)));
    }
  }

  /** Makes the bean, and so its series, at start: a scrape shows them at zero before first use. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // registering is done by @PostConstruct
  }

  /**
   * Runs the search and records how long it took; outside the container (no registry) only runs.
   */
  static <T> T timed(SearchMetrics metrics, Kind kind, Supplier<T> search) {
    return metrics == null ? search.get() : metrics.time(kind, search);
  }

  /** An instance method, so that a call through the CDI proxy reaches this bean's own timers. */
  <T> T time(Kind kind, Supplier<T> search) {
    long started = System.nanoTime();
    try {
      return search.get();
    } finally {
      timers[kind.ordinal()].update(Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
