package dev.tilmash.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tilmash.account.TokenGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds the token of a bearer secret, cheaply: by the secret's hash, remembered for {@link #BOUND}
 * (unknown secrets too, so a flood of wrong ones costs no queries). Expiry is checked against the
 * clock on every request, so an expired token is refused at once; a revocation forgets the entry on
 * this instance at once, and other instances forget it within the bound.
 */
@ApplicationScoped
public class TokenLookup {
  static final Duration BOUND = Duration.ofSeconds(10);

  @PersistenceContext EntityManager em;
  @Inject LastUse lastUse;
  @Inject Clock clock;

  private final Cache<String, Optional<Known>> byHash =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(BOUND).build();

  /** What a token was when it was read: enough to let it in without reading it again. */
  record Known(TokenGrant grant, Instant expiresAt, boolean revoked) {}

  /** The grant of a usable token with this secret, or empty (unknown, revoked or expired). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<TokenGrant> grant(String secret) {
    if (!TokenSecret.wellFormed(secret)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Known> known = byHash.get(TokenSecret.hash(secret), this::read);
    Optional<TokenGrant> usable =
        known
            .filter(token -> !token.revoked() && now.isBefore(token.expiresAt()))
            .map(Known::grant);
    usable
        .filter(grant -> lastUse.due(grant.id(), now))
        .ifPresent(grant -> lastUse.write(grant.id(), now));
    return usable;
  }

  /** Forgets the token {@code id}, so that its next use reads it again (after a revocation). */
  void forget(String id) {
    byHash
        .asMap()
        .values()
        .removeIf(known -> known.map(k -> k.grant().id().equals(id)).orElse(false));
  }

  private Optional<Known> read(String hash) {
    return em.createQuery("select t from ApiToken t where t.secretHash = :hash", ApiToken.class)
        .setParameter("hash", hash)
        .getResultStream()
        .findFirst()
        .map(t -> new Known(t.grant(), t.expiresAt(), t.revokedAt() != null));
  }
}
