package dev.tilmash.token;

import dev.tilmash.account.Scope;
import dev.tilmash.account.TokenGrant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An API token for an integration: a name, scopes, optional languages and user to act as, and an
 * expiry. Only the hash of its secret is kept.
 *
 * <p>Lifecycle: created with its secret shown once; usable until it expires or an admin revokes it,
 * both of which end it at once (and for good: a revoked token stays listed, never usable again).
 * Its last use is recorded at most once a minute ({@link LastUse}).
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(name = "secret_hash", nullable = false, updatable = false)
  private String secretHash;

  @Column(nullable = false)
  private String scopes;

  @Column(nullable = false)
  private String languages;

  @Column(name = "act_as")
  private String actAs;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(TokenSpec spec, String secretHash, String createdBy, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.name = spec.name();
    this.secretHash = secretHash;
    // Sorted, so that a token's row reads the same whatever order the sets iterate in
    this.scopes = spec.scopes().stream().map(Scope::id).sorted().collect(Collectors.joining(","));
    this.languages = spec.languages().stream().sorted().collect(Collectors.joining(","));
    this.actAs = spec.actAs();
    this.expiresAt = spec.expiresAt();
    this.createdAt = now;
    this.createdBy = createdBy;
  }

  /** Whether the token lets its holder in at {@code now}: neither revoked nor expired. */
  public boolean usableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  /** Ends the token for good; revoking it again changes nothing. */
  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public TokenGrant grant() {
    return new TokenGrant(id, name, scopeSet(), list(languages), actAs);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Set<Scope> scopeSet() {
    return Scope.parse(list(scopes));
  }

  public Set<String> languageSet() {
    return list(languages);
  }

  public String actAs() {
    return actAs;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  private static Set<String> list(String joined) {
    return joined.isEmpty()
        ? Set.of()
        : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
