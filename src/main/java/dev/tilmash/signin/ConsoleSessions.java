package dev.tilmash.signin;

import dev.tilmash.account.AccessChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The console's sessions, in the database ({@code console_session}), so that every instance honours
 * the same sessions and a sign-out on one ends the session on all. A session is made only by a
 * successful sign-in, under a new random id (256 bits), so an id chosen or seen before sign-in is
 * never honoured (no fixation); it ends at sign-out, or when it has not been used for the idle
 * timeout. Only a SHA-256 of each id is stored, so the database holds no usable cookie.
 *
 * <p>Reading a session is one look-up by primary key. Its last use is written at most once per
 * {@link #TOUCH_INTERVAL} (or a tenth of the idle timeout, when that is shorter), not on every
 * request, so a session in use may end up to that much before its idle timeout, never after.
 * Expired rows are deleted at the next sign-in, so the table holds about the sessions in use.
 */
@ApplicationScoped
@Transactional
public class ConsoleSessions {
  /** The longest a session's recorded last use lags behind its real one. */
  static final Duration TOUCH_INTERVAL = Duration.ofSeconds(30);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A session just made, with the id its cookie carries. */
  public record Started(String id, ConsoleSession session) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject SignInSettings settings;

  /** Set outside the container only; in it, the setting. */
  private Duration idleTimeout;

  protected ConsoleSessions() {}

  /** Outside the container: the tests pass the database, the clock and the idle timeout. */
  ConsoleSessions(EntityManager em, Clock clock, Duration idleTimeout) {
    this.em = em;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
  }

  public Started start(String username) {
    Instant now = clock.instant();
    em.createQuery("delete from StoredSession s where s.lastUsedAt <= :idleSince")
        .setParameter("idleSince", now.minus(idleTimeout()))
        .executeUpdate();
    String id = randomToken();
    ConsoleSession session = new ConsoleSession(username, randomToken());
    em.persist(new StoredSession(Digests.sha256(id), session, now));
    return new Started(id, session);
  }

  /** The live session of this id; using it restarts its idle time. */
  public Optional<ConsoleSession> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    String digest = Digests.sha256(id);
    StoredSession stored = em.find(StoredSession.class, digest);
    if (stored == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (!stored.lastUsedAt().plus(idleTimeout()).isAfter(now)) {
      end(id);
      return Optional.empty();
    }
    if (!stored.lastUsedAt().plus(touchInterval()).isAfter(now)) {
      // A bulk update: a session ended meanwhile by another request stays ended.
      em.createQuery("update StoredSession s set s.lastUsedAt = :now where s.idDigest = :digest")
          .setParameter("now", now)
          .setParameter("digest", digest)
          .executeUpdate();
    }
    return Optional.of(stored.session());
  }

  public void end(String id) {
    if (id != null && !id.isEmpty()) {
      em.createQuery("delete from StoredSession s where s.idDigest = :digest")
          .setParameter("digest", Digests.sha256(id))
          .executeUpdate();
    }
  }

  /**
   * A new password or a disabled account ends every session of that user, in the transaction that
   * changed the account: both happen, or neither.
   */
  void onAccessChanged(@Observes AccessChanged change) {
    if (change.passwordChanged() || !change.enabled()) {
      endAllOf(change.username());
    }
  }

  void endAllOf(String username) {
    em.createQuery("delete from StoredSession s where s.username = :username")
        .setParameter("username", username)
        .executeUpdate();
  }

  private Duration touchInterval() {
    Duration tenth = idleTimeout().dividedBy(10);
    return tenth.compareTo(TOUCH_INTERVAL) < 0 ? tenth : TOUCH_INTERVAL;
  }

  private Duration idleTimeout() {
    return idleTimeout != null ? idleTimeout : settings.idleTimeout();
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
