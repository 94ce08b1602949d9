package dev.tilmash.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.JpaTestDatabase;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The counts of wrong passwords in the database, each step in a transaction of its own. */
class FailedSignInsJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final String HOME = "10.0.0.1";
  private static final String ELSEWHERE = "10.0.0.2";

  private final MovableClock ticker = new MovableClock();
  private final Failures failures = new Failures();

  /** The counts as one request sees them. */
  private final class Failures {
    private <T> T in(Function<FailedSignIns, T> work) {
      return db.call(em -> work.apply(new FailedSignIns(em, ticker, 3, Duration.ofMinutes(10))));
    }

    Optional<Duration> refusedFor(String username, String address) {
      return in(failures -> failures.refusedFor(username, address));
    }

    FailedSignIns.Standing standing(String username, String address) {
      return in(failures -> failures.standing(username, address));
    }

    void failed(String username, String address) {
      in(
          failures -> {
            failures.failed(username, address);
            return null;
          });
    }

    void succeeded(String username, String address) {
      in(
          failures -> {
            failures.succeeded(username, address);
            return null;
          });
    }
  }

  private void fail(int times, String username, String address) {
    for (int i = 0; i < times; i++) {
      failures.failed(username, address);
    }
  }

  @Test
  void shouldNotRefuseBelowTheLimit() {
    fail(2, "editor", HOME);

    assertTrue(failures.refusedFor("editor", HOME).isEmpty());
  }

  @Test
  void shouldRefuseAtTheLimitUntilTheWindowCloses() {
    fail(3, "editor", HOME);
    ticker.advance(Duration.ofMinutes(4));

    Optional<Duration> refused = failures.refusedFor("editor", HOME);

    assertEquals(Optional.of(Duration.ofMinutes(6)), refused);
    ticker.advance(Duration.ofMinutes(6));
    assertTrue(failures.refusedFor("editor", HOME).isEmpty());
  }

  @Test
  void shouldRefuseOnlyThatAccountFromThatAddress() {
    fail(3, "editor", HOME);

    assertTrue(failures.refusedFor("editor", ELSEWHERE).isEmpty());
    assertTrue(failures.refusedFor("editor2", HOME).isEmpty());
    assertFalse(failures.refusedFor("editor", HOME).isEmpty());
  }

  @Test
  void shouldForgetFailuresOfAnEarlierWindow() {
    fail(2, "editor", HOME);
    ticker.advance(Duration.ofMinutes(11));
    fail(2, "editor", HOME);

    assertTrue(failures.refusedFor("editor", HOME).isEmpty());
  }

  @Test
  void shouldClearTheCountOnSuccess() {
    fail(2, "editor", HOME);
    failures.succeeded("editor", HOME);
    fail(2, "editor", HOME);

    assertTrue(failures.refusedFor("editor", HOME).isEmpty());
  }

  @Test
  void shouldTellHowManyFailuresTheOpenWindowHolds() {
    assertEquals(0, failures.standing("editor", HOME).failures());
    fail(2, "editor", HOME);
    assertEquals(2, failures.standing("editor", HOME).failures());
    ticker.advance(Duration.ofMinutes(10));
    assertEquals(0, failures.standing("editor", HOME).failures(), "the window closed");
  }

  @Test
  void shouldDeleteTheCountsOfClosedWindowsAtTheNextFailure() {
    fail(2, "editor", HOME);
    fail(1, "editor2", ELSEWHERE);
    ticker.advance(Duration.ofMinutes(11));

    fail(1, "translator.kk", HOME);

    long rows =
        db.call(
            em ->
                em.createQuery("select count(f) from FailureCount f", Long.class)
                    .getSingleResult());
    assertEquals(1, rows);
  }
}
