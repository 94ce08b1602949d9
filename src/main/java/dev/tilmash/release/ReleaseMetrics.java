package dev.tilmash.release;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The scheduler's lag: how late each step of a release fired after it fell due ({@code
 * tilmash_release_lag_seconds}), recorded once its transaction committed. A poll every {@code
 * tilmash.release.poll-seconds} makes up to that much of it; a server that was down, or a pass that
 * waited for locks, makes the rest.
 */
@ApplicationScoped
public class ReleaseMetrics {
  @Inject MetricRegistry registry;

  private Timer lag;

  @PostConstruct
  void register() {
    lag =
        registry.timer(
            Metadata.builder()
                .withName("tilmash.release.lag")
                .withDescription("How late a due scheduled step fired")
                .withUnit(MetricUnits.SECONDS)
                .build());
  }

  /** Makes the bean, and so its series, at start: a scrape shows them at zero before first use. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // registering is done by @PostConstruct
  }

  void fired(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleaseOutcome outcome) {
    if (outcome.fired()) {
      lag.update(outcome.lag());
    }
  }
}
