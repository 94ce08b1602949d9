package dev.tilmash.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The wrong passwords of one account from one address in the window that opened at {@code openedAt}
 * ({@link FailedSignIns}), found by a SHA-256 of the two, so the table names neither.
 */
@Entity
@Table(name = "failed_sign_in")
public class FailureCount {
  @Id
  @Column(name = "key_digest")
  private String keyDigest;

  @Column(nullable = false)
  private int failures;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  protected FailureCount() {}

  FailureCount(String keyDigest, Instant openedAt) {
    this.keyDigest = keyDigest;
    this.failures = 1;
    this.openedAt = openedAt;
  }

  int failures() {
    return failures;
  }

  Instant openedAt() {
    return openedAt;
  }
}
