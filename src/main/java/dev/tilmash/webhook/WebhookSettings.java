package dev.tilmash.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code tilmash.webhooks.*} settings; defaults in microprofile-config.properties. */
@ApplicationScoped
public class WebhookSettings {
  @Inject
  @ConfigProperty(
      name = "tilmash.webhooks.retry-schedule",
      defaultValue = "5s,5m,30m,2h,5h,10h,10h")
  String retrySchedule;

  @Inject
  @ConfigProperty(name = "tilmash.webhooks.max-consecutive-failures", defaultValue = "20")
  int maxConsecutiveFailures;

  @Inject
  @ConfigProperty(name = "tilmash.webhooks.allow-private-targets", defaultValue = "false")
  boolean allowPrivateTargets;

  @Inject
  @ConfigProperty(name = "tilmash.webhooks.secret-grace", defaultValue = "PT24H")
  Duration secretGrace;

  @Inject
  @ConfigProperty(name = "tilmash.webhooks.poll-millis", defaultValue = "1000")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "tilmash.webhooks.lease", defaultValue = "PT2M")
  Duration lease;

  @Inject
  @ConfigProperty(name = "tilmash.webhooks.batch-size", defaultValue = "50")
  int batchSize;

  @Inject
  @ConfigProperty(name = "tilmash.webhooks.connect-timeout", defaultValue = "PT5S")
  Duration connectTimeout;

  @Inject
  @ConfigProperty(name = "tilmash.webhooks.read-timeout", defaultValue = "PT15S")
  Duration readTimeout;

  @Inject
  @ConfigProperty(
      name = "tilmash.webhooks.public-base-url",
      defaultValue = "http://localhost:9080/api/v1/")
  String publicBaseUrl;

  @Inject
  @ConfigProperty(name = "tilmash.webhooks.metrics-refresh", defaultValue = "PT5S")
  Duration metricsRefresh;

  private RetrySchedule schedule;

  RetrySchedule schedule() {
    if (schedule == null) {
      schedule = RetrySchedule.parse(retrySchedule);
    }
    return schedule;
  }

  int maxConsecutiveFailures() {
    return maxConsecutiveFailures;
  }

  boolean allowPrivateTargets() {
    return allowPrivateTargets;
  }

  Duration secretGrace() {
    return secretGrace;
  }

  long pollMillis() {
    return pollMillis;
  }

  Duration lease() {
    return lease;
  }

  int batchSize() {
    return batchSize;
  }

  Duration connectTimeout() {
    return connectTimeout;
  }

  Duration readTimeout() {
    return readTimeout;
  }

  Duration metricsRefresh() {
    return metricsRefresh;
  }

  String publicBaseUrl() {
    return publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
  }
}
