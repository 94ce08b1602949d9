package dev.tilmash.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One message to one endpoint: a row of the transactional outbox, and its line in the delivery log.
 *
 * <p>Lifecycle: written {@code PENDING} in the transaction of the change it announces, due at once.
 * A worker claims it by setting a lease and counting the attempt, and commits before it sends;
 * while the lease runs no other worker takes it, and when it expired (the worker's instance died)
 * anyone may. The outcome ends the lease: {@code DELIVERED}, or due again after the retry
 * schedule's wait, or {@code FAILED} when the schedule is used up or the endpoint is gone (410). A
 * redelivery is a new row with the same message id, so a receiver can tell it is the same message.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
  static final int RESPONSE_PREFIX_CHARS = 256;

  @Id private String id;

  @Column(name = "message_id", nullable = false, updatable = false)
  private String messageId;

  @Column(name = "endpoint_id", nullable = false, updatable = false)
  private String endpointId;

  @Column(name = "event_type", nullable = false, updatable = false)
  private String eventType;

  @Column(nullable = false, updatable = false)
  private String payload;

  @Column(nullable = false)
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "response_code")
  private Integer responseCode;

  @Column(name = "response_millis")
  private Long responseMillis;

  @Column(name = "response_prefix")
  private String responsePrefix;

  private String failure;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  protected WebhookDelivery() {}

  WebhookDelivery(
      String messageId, String endpointId, String eventType, String payload, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.messageId = messageId;
    this.endpointId = endpointId;
    this.eventType = eventType;
    this.payload = payload;
    this.status = DeliveryStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** A new message: its id is the {@code webhook-id} every attempt and redelivery sends. */
  static WebhookDelivery message(String endpointId, String eventType, String payload, Instant now) {
    return new WebhookDelivery("msg_" + UUID.randomUUID(), endpointId, eventType, payload, now);
  }

  /** The same message again, due now, with attempts of its own. */
  WebhookDelivery redelivery(Instant now) {
    return new WebhookDelivery(messageId, endpointId, eventType, payload, now);
  }

  /** Claimed by a worker: the attempt counts from here, so a crash mid-send counts too. */
  void lease(Instant now, Duration lease) {
    attempts++;
    lastAttemptAt = now;
    leaseUntil = now.plus(lease);
  }

  void delivered(SendResult result) {
    record(result);
    status = DeliveryStatus.DELIVERED;
    nextAttemptAt = null;
  }

  void retryAt(SendResult result, Instant next) {
    record(result);
    nextAttemptAt = next;
  }

  void gaveUp(SendResult result) {
    record(result);
    status = DeliveryStatus.FAILED;
    nextAttemptAt = null;
  }

  private void record(SendResult result) {
    leaseUntil = null;
    responseCode = result.status() == 0 ? null : result.status();
    responseMillis = result.millis();
    responsePrefix = clip(result.bodyPrefix(), RESPONSE_PREFIX_CHARS);
    failure = clip(result.failure(), 500);
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public String id() {
    return id;
  }

  public String messageId() {
    return messageId;
  }

  public String endpointId() {
    return endpointId;
  }

  public String eventType() {
    return eventType;
  }

  public String payload() {
    return payload;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant leaseUntil() {
    return leaseUntil;
  }

  public Integer responseCode() {
    return responseCode;
  }

  public Long responseMillis() {
    return responseMillis;
  }

  public String responsePrefix() {
    return responsePrefix;
  }

  public String failure() {
    return failure;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }
}
