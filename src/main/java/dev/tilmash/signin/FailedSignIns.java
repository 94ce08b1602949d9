package dev.tilmash.signin;

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
 * Counts wrong passwords per account and client address, in the database ({@code failed_sign_in}),
 * so that every instance counts the same failures: guessing one account's password from one place
 * is slowed without locking the account's owner out elsewhere. The first failure opens a window of
 * {@code window}; once {@code maxFailures} fell in it, that account is refused from that address,
 * whatever the password, until the window closes. A right password (while not refused) clears the
 * count.
 *
 * <p>Each step is a transaction of its own, so a count stands whatever happens to the request.
 * Counts whose window closed are deleted at the next failure, so the table holds only the open
 * windows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class FailedSignIns {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject SignInSettings settings;

  /** Set outside the container only; in it, the settings. */
  private Integer maxFailures;

  private Duration window;

  protected FailedSignIns() {}

  /** Outside the container: the tests pass the database, the clock and the limits. */
  FailedSignIns(EntityManager em, Clock clock, int maxFailures, Duration window) {
    this.em = em;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** This pair's failures in the open window, and how long it is still refused, if it is. */
  public record Standing(int failures, Optional<Duration> refused) {}

  /** One look-up: what the sign-in of this account from this address must know. */
  public Standing standing(String username, String address) {
    FailureCount count = em.find(FailureCount.class, key(username, address));
    if (count == null) {
      return new Standing(0, Optional.empty());
    }
    Duration left = Duration.between(clock.instant(), count.openedAt().plus(window()));
    if (left.isNegative() || left.isZero()) {
      return new Standing(0, Optional.empty());
    }
    return new Standing(
        count.failures(), count.failures() < maxFailures() ? Optional.empty() : Optional.of(left));
  }

  /** How long this account is still refused from this address, if it is. */
  public Optional<Duration> refusedFor(String username, String address) {
    return standing(username, address).refused();
  }

  /**
   * Counts one failure. Two first failures of one pair at the same moment both insert; the second
   * fails on the primary key, and the caller counts it again (which then updates).
   */
  public void failed(String username, String address) {
    Instant now = clock.instant();
    em.createQuery("delete from FailureCount f where f.openedAt <= :closed")
        .setParameter("closed", now.minus(window()))
        .executeUpdate();
    String key = key(username, address);
    int counted =
        em.createQuery(
                "update FailureCount f set f.failures = f.failures + 1 where f.keyDigest = :k")
            .setParameter("k", key)
            .executeUpdate();
    if (counted == 0) {
      em.persist(new FailureCount(key, now));
    }
  }

  public void succeeded(String username, String address) {
    em.createQuery("delete from FailureCount f where f.keyDigest = :k")
        .setParameter("k", key(username, address))
        .executeUpdate();
  }

  private int maxFailures() {
    return maxFailures != null ? maxFailures : settings.maxFailures();
  }

  private Duration window() {
    return window != null ? window : settings.failureWindow();
  }

  /** The pair, unambiguous: a user name holds no NUL. */
  private static String key(String username, String address) {
    return Digests.sha256(username + '\u0000' + address);
  }
}
