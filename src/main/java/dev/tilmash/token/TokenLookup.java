package dev.tilmash.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tilmash.account.TokenGrant;
import dev.tilmash.changes.ChangeKind;
import dev.tilmash.changes.ChangesArrived;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the token of a bearer secret, cheaply: by the secret's hash, remembered for {@code
 * tilmash.tokens.cache-max-age} (unknown secrets too, so a flood of wrong ones costs no queries).
 * Expiry is checked against the clock on every request, so an expired token is refused at once. A
 * revocation forgets the entry on this instance when it commits, and on other instances when their
 * change-log poller hears of it (about a second); the bound is the backstop.
 */
@ApplicationScoped
public class TokenLookup {
  @Inject TokenReads reads;
  @Inject LastUse lastUse;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "tilmash.tokens.cache-max-age", defaultValue = "PT10S")
  Duration maxAge = Duration.ofSeconds(10);

  private Cache<String, Optional<Known>> byHash;

  @PostConstruct
  void create() {
    byHash = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(maxAge).build();
  }

  /** What a token was when it was read: enough to let it in without reading it again. */
  record Known(TokenGrant grant, Instant expiresAt, boolean revoked) {}

  /** The grant of a usable token with this secret, or empty (unknown, revoked or expired). */
  public Optional<TokenGrant> grant(String secret) {
    if (!TokenSecret.wellFormed(secret)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Known> known = byHash.get(TokenSecret.hash(secret), reads::read);
    Optional<TokenGrant> usable =
        known
            .filter(token -> !token.revoked() && now.isBefore(token.expiresAt()))
            .map(Known::grant);
    usable
        .filter(grant -> lastUse.due(grant.id(), now))
        .ifPresent(grant -> lastUse.write(grant.id(), now));
    return usable;
  }

  void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) TokenRevoked revoked) {
    forget(revoked.id());
  }

  /**
   * The same for a revocation on another instance, or everything when the change log cannot tell.
   */
  void onArrived(@Observes ChangesArrived arrived) {
    if (arrived.everything()) {
      byHash.invalidateAll();
    } else {
      arrived.keys(ChangeKind.TOKEN_REVOKED).forEach(this::forget);
    }
  }

  /** Forgets the token {@code id}, so that its next use reads it again. */
  private void forget(String id) {
    byHash
        .asMap()
        .values()
        .removeIf(known -> known.map(k -> k.grant().id().equals(id)).orElse(false));
  }
}
