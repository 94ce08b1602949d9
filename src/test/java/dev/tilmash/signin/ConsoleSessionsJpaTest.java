package dev.tilmash.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.account.AccessChanged;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConsoleSessionsTest {
  private final MovableTicker ticker = new MovableTicker();
  private final ConsoleSessions sessions = new ConsoleSessions(Duration.ofMinutes(30), ticker);

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
}
