package dev.tilmash.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A client site's webhook endpoint: where to send, which events of which languages (none named:
 * all), and the secret that signs.
 *
 * <p>Lifecycle: created enabled with a fresh secret. A rotation makes a new secret while the old
 * one keeps signing until its grace ends. Failures count up, and a success resets them; a 410 from
 * the receiver or too many failures in a row disable it, with the reason, until an admin enables it
 * again. Deleting it deletes its deliveries.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {
  @Id private String id;

  @Column(nullable = false)
  private String url;

  @Column(nullable = false)
  private String events;

  @Column(nullable = false)
  private String languages;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false)
  private String secret;

  @Column(name = "previous_secret")
  private String previousSecret;

  @Column(name = "previous_secret_until")
  private Instant previousSecretUntil;

  @Column(name = "consecutive_failures", nullable = false)
  private int consecutiveFailures;

  @Column(name = "disabled_reason")
  private String disabledReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long revision;

  protected WebhookEndpoint() {}

  WebhookEndpoint(EndpointSpec spec, String secret, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.secret = secret;
    this.createdAt = now;
    change(spec, now);
  }

  /** Replaces what the endpoint wants; enabling it again forgets its failures. */
  void change(EndpointSpec spec, Instant now) {
    this.url = spec.url();
    this.events = spec.events().stream().map(WebhookEvent::id).collect(Collectors.joining(","));
    this.languages = String.join(",", spec.languages());
    if (spec.enabled() && !enabled) {
      consecutiveFailures = 0;
      disabledReason = null;
    }
    this.enabled = spec.enabled();
    this.updatedAt = now;
  }

  /** A new secret; the current one keeps signing for {@code grace}. */
  void rotate(String newSecret, Duration grace, Instant now) {
    previousSecret = secret;
    previousSecretUntil = now.plus(grace);
    secret = newSecret;
    updatedAt = now;
  }

  /** The secrets that sign now, newest first. */
  List<String> signingSecrets(Instant now) {
    return previousSecret != null
            && previousSecretUntil != null
            && now.isBefore(previousSecretUntil)
        ? List.of(secret, previousSecret)
        : List.of(secret);
  }

  boolean wants(WebhookEvent event, String language) {
    return enabled
        && eventIds().contains(event.id())
        && (languages.isEmpty() || language == null || languageSet().contains(language));
  }

  void succeeded() {
    consecutiveFailures = 0;
  }

  /** Counts a failure; returns true when this one disabled the endpoint. */
  boolean failed(int maxConsecutive) {
    consecutiveFailures++;
    if (enabled && consecutiveFailures >= maxConsecutive) {
      disable(consecutiveFailures + " consecutive failed deliveries");
      return true;
    }
    return false;
  }

  void disable(String reason) {
    enabled = false;
    disabledReason = reason;
  }

  public String id() {
    return id;
  }

  public String url() {
    return url;
  }

  public Set<String> eventIds() {
    return split(events);
  }

  public Set<String> languageSet() {
    return split(languages);
  }

  public boolean enabled() {
    return enabled;
  }

  public String secret() {
    return secret;
  }

  public Instant previousSecretUntil() {
    return previousSecretUntil;
  }

  public int consecutiveFailures() {
    return consecutiveFailures;
  }

  public String disabledReason() {
    return disabledReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The ETag of the endpoint's current state, for If-Match on PUT. */
  public String etag() {
    return "\"w" + revision + "\"";
  }

  private static Set<String> split(String joined) {
    return joined.isEmpty()
        ? Set.of()
        : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
