package dev.tilmash.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A console session's row ({@link ConsoleSessions}): found by the SHA-256 of its cookie's id, never
 * by the id itself. Written at sign-in; after that only its last use moves, by bulk updates.
 */
@Entity
@Table(name = "console_session")
public class StoredSession {
  @Id
  @Column(name = "id_digest")
  private String idDigest;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "csrf_token", nullable = false, updatable = false)
  private String csrfToken;

  @Column(name = "last_used_at", nullable = false)
  private Instant lastUsedAt;

  protected StoredSession() {}

  StoredSession(String idDigest, ConsoleSession session, Instant now) {
    this.idDigest = idDigest;
    this.username = session.username();
    this.csrfToken = session.csrfToken();
    this.lastUsedAt = now;
  }

  ConsoleSession session() {
    return new ConsoleSession(username, csrfToken);
  }

  Instant lastUsedAt() {
    return lastUsedAt;
  }
}
