package dev.tilmash.webhook;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint as admins see it. {@code secret} is there only in the answer that made it (creation
 * or rotation): it is never shown again. {@code previousSecretExpiresAt} says until when the secret
 * before the last rotation still signs.
 */
public record WebhookView(
    String id,
    String url,
    List<String> events,
    List<String> languages,
    boolean enabled,
    String disabledReason,
    int consecutiveFailures,
    Instant createdAt,
    Instant updatedAt,
    Instant previousSecretExpiresAt,
    String secret) {

  static WebhookView of(WebhookEndpoint e, Instant now) {
    return new WebhookView(
        e.id(),
        e.url(),
        List.copyOf(e.eventIds()),
        List.copyOf(e.languageSet()),
        e.enabled(),
        e.disabledReason(),
        e.consecutiveFailures(),
        e.createdAt(),
        e.updatedAt(),
        e.previousSecretUntil() != null && e.previousSecretUntil().isAfter(now)
            ? e.previousSecretUntil()
            : null,
        null);
  }

  /** The same view with the secret, for the one answer that may show it. */
  WebhookView withSecret(String shownOnce) {
    return new WebhookView(
        id,
        url,
        events,
        languages,
        enabled,
        disabledReason,
        consecutiveFailures,
        createdAt,
        updatedAt,
        previousSecretExpiresAt,
        shownOnce);
  }

  /** The endpoint's ETag travels beside the view, not in it. */
  record Tagged(WebhookView view, String etag) {}
}
