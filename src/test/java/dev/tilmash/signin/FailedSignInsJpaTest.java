package dev.tilmash.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {
  private static final String HOME = "10.0.0.1";
  private static final String ELSEWHERE = "10.0.0.2";

  private final MovableTicker ticker = new MovableTicker();
  private final FailedSignIns failures = new FailedSignIns(3, Duration.ofMinutes(10), ticker);

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
}
