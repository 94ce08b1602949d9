package dev.tilmash.webhook;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** Test data for the webhook tests outside the container. */
final class Webhooks {
  private Webhooks() {}

  /** The defaults of microprofile-config.properties, with a short schedule. */
  static WebhookSettings settings() {
    WebhookSettings settings = new WebhookSettings();
    settings.retrySchedule = "5s,5m,30m";
    settings.maxConsecutiveFailures = 5;
    settings.allowPrivateTargets = true;
    settings.secretGrace = Duration.ofHours(24);
    settings.pollMillis = 1000;
    settings.lease = Duration.ofMinutes(2);
    settings.batchSize = 50;
    settings.connectTimeout = Duration.ofSeconds(2);
    settings.readTimeout = Duration.ofSeconds(5);
    settings.publicBaseUrl = "http://localhost:9080/api/v1/";
    return settings;
  }

  static WebhookEndpoint endpoint(
      EntityManager em, EnumSet<WebhookEvent> events, List<String> languages, boolean enabled) {
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            new EndpointSpec("http://127.0.0.1:1/hook", events, languages, enabled),
            WebhookSecret.generate(),
            Instant.parse("2026-03-01T07:00:00Z"));
    em.persist(endpoint);
    return endpoint;
  }

  static WebhookEndpoint endpoint(EntityManager em) {
    return endpoint(em, EnumSet.allOf(WebhookEvent.class), List.of(), true);
  }
}
