package dev.tilmash.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.tilmash.account.AccessChanged;
import dev.tilmash.changes.ChangeKind;
import dev.tilmash.changes.ChangesArrived;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The console's sessions, in this instance's memory. A session is made only by a successful
 * sign-in, under a new random id (256 bits), so an id chosen or seen before sign-in is never
 * honoured (no fixation); it ends at sign-out, or when it has not been used for the idle timeout.
 * Only a SHA-256 of each id is kept, so the memory of the server holds no usable cookie.
 *
 * <p>Bounded at {@value #MAX_SESSIONS} sessions (the least recently used goes first); sessions are
 * made only for right passwords, so that is a bound on people, not on requests.
 */
@ApplicationScoped
public class ConsoleSessions {
  static final int MAX_SESSIONS = 50_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A session just made, with the id its cookie carries. */
  public record Started(String id, ConsoleSession session) {}

  @Inject SignInSettings settings;

  private Cache<String, ConsoleSession> sessions;

  protected ConsoleSessions() {}

  /** Outside the container: the tests pass the idle timeout and move the ticker. */
  ConsoleSessions(Duration idleTimeout, Ticker ticker) {
    create(idleTimeout, ticker);
  }

  @PostConstruct
  void create() {
    create(settings.idleTimeout(), Ticker.systemTicker());
  }

  private void create(Duration idleTimeout, Ticker ticker) {
    sessions =
        Caffeine.newBuilder()
            .maximumSize(MAX_SESSIONS)
            .expireAfterAccess(idleTimeout)
            .ticker(ticker)
            .build();
  }

  public Started start(String username) {
    String id = randomToken();
    ConsoleSession session = new ConsoleSession(username, randomToken());
    sessions.put(digest(id), session);
    return new Started(id, session);
  }

  /** The live session of this id; using it restarts its idle time. */
  public Optional<ConsoleSession> find(String id) {
    return id == null || id.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(sessions.getIfPresent(digest(id)));
  }

  public void end(String id) {
    if (id != null && !id.isEmpty()) {
      sessions.invalidate(digest(id));
    }
  }

  /** A new password or a disabled account ends every session of that user. */
  void onAccessChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccessChanged change) {
    if (change.passwordChanged() || !change.enabled()) {
      endAllOf(change.username());
    }
  }

  /**
   * The same for a change made on another instance, from the change log. When the log cannot say
   * what changed, sessions stay: each request still reads its account, so a disabled one is
   * refused.
   */
  void onArrived(@Observes ChangesArrived arrived) {
    arrived.keys(ChangeKind.ACCESS_REVOKED).forEach(this::endAllOf);
  }

  void endAllOf(String username) {
    sessions.asMap().values().removeIf(session -> session.username().equals(username));
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String digest(String id) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
