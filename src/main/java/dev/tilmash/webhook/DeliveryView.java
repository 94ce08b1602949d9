package dev.tilmash.webhook;

import java.time.Instant;

/**
 * A line of an endpoint's delivery log: the message and event, where it is, how many attempts it
 * took, and what the last attempt got (status, time in milliseconds, the first bytes of the answer,
 * or why there was none).
 */
public record DeliveryView(
    String id,
    String messageId,
    String event,
    String status,
    int attempts,
    Integer responseCode,
    Long responseMillis,
    String response,
    String failure,
    Instant createdAt,
    Instant lastAttemptAt,
    Instant nextAttemptAt) {

  static DeliveryView of(WebhookDelivery d) {
    return new DeliveryView(
        d.id(),
        d.messageId(),
        d.eventType(),
        d.status().name(),
        d.attempts(),
        d.responseCode(),
        d.responseMillis(),
        d.responsePrefix(),
        d.failure(),
        d.createdAt(),
        d.lastAttemptAt(),
        d.nextAttemptAt());
  }
}
