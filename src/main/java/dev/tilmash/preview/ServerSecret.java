package dev.tilmash.preview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A secret the server generated once, kept so that every instance and every restart share it. */
@Entity
@Table(name = "server_secret")
public class ServerSecret {
  @Id private String name;

  @Column(nullable = false, updatable = false)
  private String secret;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ServerSecret() {}

  ServerSecret(String name, String secret, Instant createdAt) {
    this.name = name;
    this.secret = secret;
    this.createdAt = createdAt;
  }

  String secret() {
    return secret;
  }
}
