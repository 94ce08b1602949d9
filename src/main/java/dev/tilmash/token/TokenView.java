package dev.tilmash.token;

import dev.tilmash.account.Scope;
import java.time.Instant;
import java.util.List;

/**
 * A token as admins see it: never its secret, except in the answer that created it ({@code secret},
 * null otherwise and then left out).
 */
public record TokenView(
    String id,
    String name,
    List<String> scopes,
    List<String> languages,
    String actAs,
    Instant expiresAt,
    Instant createdAt,
    String createdBy,
    Instant lastUsedAt,
    Instant revokedAt,
    boolean active,
    String secret) {

  static TokenView of(ApiToken token, Instant now) {
    return new TokenView(
        token.id(),
        token.name(),
        token.scopeSet().stream().map(Scope::id).toList(),
        List.copyOf(token.languageSet()),
        token.actAs(),
        token.expiresAt(),
        token.createdAt(),
        token.createdBy(),
        token.lastUsedAt(),
        token.revokedAt(),
        token.usableAt(now),
        null);
  }

  TokenView withSecret(String shownOnce) {
    return new TokenView(
        id,
        name,
        scopes,
        languages,
        actAs,
        expiresAt,
        createdAt,
        createdBy,
        lastUsedAt,
        revokedAt,
        active,
        shownOnce);
  }
}
