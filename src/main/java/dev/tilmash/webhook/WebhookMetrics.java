package dev.tilmash.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The outbox's gauges: {@code tilmash_webhooks_pending}, {@code tilmash_webhooks_failed}, {@code
 * tilmash_webhooks_disabled_endpoints} and {@code tilmash_webhooks_oldest_pending_seconds}.
 *
 * <p>A scrape never touches the database: the gauges read a {@link OutboxFigures.Snapshot} that
 * this instance refreshes every {@code tilmash.webhooks.metrics-refresh} on the container's managed
 * executor, in the application's own context (the scrape runs in Liberty's). So the figures are at
 * most that old, and cost four small queries per period, however often anyone scrapes.
 */
@ApplicationScoped
public class WebhookMetrics {
  private static final Logger LOG = Logger.getLogger(WebhookMetrics.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject MetricRegistry registry;
  @Inject OutboxFigures figures;
  @Inject WebhookSettings settings;
  @Inject Clock clock;

  private volatile OutboxFigures.Snapshot snapshot = OutboxFigures.Snapshot.NONE;
  private ScheduledFuture<?> refreshing;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    gauge(
        "tilmash.webhooks.pending",
        "Webhook deliveries waiting to be sent",
        null,
        s -> s.pending());
    gauge(
        "tilmash.webhooks.failed",
        "Webhook deliveries that failed for good",
        null,
        s -> s.failed());
    gauge(
        "tilmash.webhooks.disabled.endpoints",
        "Webhook endpoints that are disabled",
        null,
        s -> s.disabledEndpoints());
    gauge(
        "tilmash.webhooks.oldest.pending",
        "How long the oldest pending webhook delivery has waited",
        MetricUnits.SECONDS,
        s -> s.oldestPending().toMillis() / 1000.0);
    long period = settings.metricsRefresh().toMillis();
    refreshing = executor.scheduleWithFixedDelay(this::refresh, 0, period, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (refreshing != null) {
      refreshing.cancel(false);
    }
  }

  private void gauge(
      String name, String description, String unit, ToDoubleFunction<OutboxFigures.Snapshot> of) {
    var metadata = Metadata.builder().withName(name).withDescription(description);
    if (unit != null) {
      metadata.withUnit(unit);
    }
    registry.gauge(metadata.build(), () -> of.applyAsDouble(snapshot));
  }

  private void refresh() {
    try {
      snapshot = figures.read(clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Outbox figures not read; the gauges keep the last ones", e);
    }
  }
}
