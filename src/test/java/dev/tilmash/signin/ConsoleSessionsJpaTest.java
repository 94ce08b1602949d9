package dev.tilmash.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.account.AccessChanged;
import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console's sessions in the database, each step in a transaction of its own. */
class ConsoleSessionsJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private final MovableClock ticker = new MovableClock();

  /** The sessions as one request of one instance sees them. */
  private final Sessions sessions = new Sessions();

  private final class Sessions {
    private <T> T in(Function<ConsoleSessions, T> work) {
      return db.call(em -> work.apply(new ConsoleSessions(em, ticker, Duration.ofMinutes(30))));
    }

    ConsoleSessions.Started start(String username) {
      return in(sessions -> sessions.start(username));
    }

    Optional<ConsoleSession> find(String id) {
      return in(sessions -> sessions.find(id));
    }

    void end(String id) {
      in(
          sessions -> {
            sessions.end(id);
            return null;
          });
    }

    void onAccessChanged(AccessChanged change) {
      in(
          sessions -> {
            sessions.onAccessChanged(change);
            return null;
          });
    }
  }

  @Test
  void shouldFindASessionByItsId() {
    ConsoleSessions.Started started = sessions.start("translator.kk");

    assertEquals(started.session(), sessions.find(started.id()).orElseThrow());
    assertEquals("translator.kk", started.session().username());
  }

  @Test
  void shouldGiveEverySignInANewIdAndToken() {
    ConsoleSessions.Started first = sessions.start("editor");
    ConsoleSessions.Started second = sessions.start("editor");

    assertNotEquals(first.id(), second.id());
    assertNotEquals(first.session().csrfToken(), second.session().csrfToken());
    assertTrue(first.id().length() >= 43, first.id());
  }

  @Test
  void shouldNotFindUnknownOrEmptyIds() {
    assertTrue(sessions.find("made-up").isEmpty());
    assertTrue(sessions.find("").isEmpty());
    assertTrue(sessions.find(null).isEmpty());
  }

  @Test
  void shouldEndAfterTheIdleTimeButNotWhileInUse() {
    ConsoleSessions.Started started = sessions.start("editor");
    ticker.advance(Duration.ofMinutes(20));
    assertTrue(sessions.find(started.id()).isPresent());
    ticker.advance(Duration.ofMinutes(20));
    assertTrue(sessions.find(started.id()).isPresent(), "used 20 minutes ago");

    ticker.advance(Duration.ofMinutes(31));

    assertTrue(sessions.find(started.id()).isEmpty());
  }

  @Test
  void shouldEndAtSignOut() {
    ConsoleSessions.Started started = sessions.start("editor");

    sessions.end(started.id());

    assertTrue(sessions.find(started.id()).isEmpty());
  }

  @Test
  void shouldEndEverySessionOfAUserWhosePasswordChanged() {
    ConsoleSessions.Started first = sessions.start("editor");
    ConsoleSessions.Started second = sessions.start("editor");
    ConsoleSessions.Started other = sessions.start("editor2");

    sessions.onAccessChanged(new AccessChanged("editor", false, true));
    assertTrue(sessions.find(first.id()).isPresent(), "roles changed only: the session stays");
    sessions.onAccessChanged(new AccessChanged("editor", true, true));

    assertTrue(sessions.find(first.id()).isEmpty());
    assertTrue(sessions.find(second.id()).isEmpty());
    assertTrue(sessions.find(other.id()).isPresent());
  }

  @Test
  void shouldAcceptOnlyTheSessionsOwnToken() {
    ConsoleSession session = sessions.start("editor").session();

    assertTrue(session.acceptsToken(session.csrfToken()));
    assertFalse(session.acceptsToken(session.csrfToken() + "x"));
    assertFalse(session.acceptsToken(""));
    assertFalse(session.acceptsToken(null));
  }

  @Test
  void shouldKeepOnlyADigestOfTheIdAndWriteTheLastUseAtMostEveryThirtySeconds() {
    ConsoleSessions.Started started = sessions.start("editor");
    Instant signedIn = ticker.instant();
    ticker.advance(Duration.ofSeconds(29));
    sessions.find(started.id());
    assertEquals(signedIn, lastUses().get(0), "no write within 30 s of the last");
    ticker.advance(Duration.ofSeconds(1));
    sessions.find(started.id());
    assertEquals(ticker.instant(), lastUses().get(0));
    List<?> ids =
        db.call(
            em -> em.createNativeQuery("select id_digest from console_session").getResultList());
    assertEquals(1, ids.size());
    assertNotEquals(started.id(), ids.get(0));
    assertEquals(64, ids.get(0).toString().length());
  }

  @Test
  void shouldShareSessionsBetweenInstancesAndEndThemOnAll() {
    ConsoleSessions.Started started = sessions.start("editor");
    try (EntityManagerFactory second = db.anotherInstance(sql -> sql)) {
      Function<String, Optional<ConsoleSession>> findThere =
          id ->
              JpaTestDatabase.inTransaction(
                  second, em -> new ConsoleSessions(em, ticker, Duration.ofMinutes(30)).find(id));
      assertEquals(Optional.of(started.session()), findThere.apply(started.id()));
      sessions.end(started.id());
      assertTrue(findThere.apply(started.id()).isEmpty(), "signed out on the first instance");
    }
  }

  @Test
  void shouldDeleteExpiredSessionsAtTheNextSignIn() {
    sessions.start("editor");
    sessions.start("editor2");
    ticker.advance(Duration.ofMinutes(31));

    sessions.start("translator.kk");

    assertEquals(1, lastUses().size());
  }

  private List<Instant> lastUses() {
    return db.call(
        em ->
            em.createQuery("select s.lastUsedAt from StoredSession s", Instant.class)
                .getResultList());
  }
}
