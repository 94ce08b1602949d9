package dev.tilmash.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records when a token was last used, without a write on every request: at most once per {@link
 * #EVERY} per token on each instance, in a transaction of its own, so a request's rollback keeps it
 * and a burst of requests costs one update.
 */
@ApplicationScoped
public class LastUse {
  static final Duration EVERY = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;

  private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

  /**
   * Whether this use is to be written: the first on this instance, or the first {@link #EVERY}
   * after the last written one. Of simultaneous uses only one is.
   */
  boolean due(String tokenId, Instant now) {
    Instant before = recorded.get(tokenId);
    if (before != null && before.plus(EVERY).isAfter(now)) {
      return false;
    }
    return before == null
        ? recorded.putIfAbsent(tokenId, now) == null
        : recorded.replace(tokenId, before, now);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void write(String tokenId, Instant now) {
    em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
        .setParameter("now", now)
        .setParameter("id", tokenId)
        .executeUpdate();
  }
}
