package dev.tilmash.token;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LastUseTest {
  private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

  @Test
  void shouldWriteTheFirstUseAndThenAtMostOnceAMinutePerToken() {
    LastUse lastUse = new LastUse();
    assertTrue(lastUse.due("a", NOON));
    assertFalse(lastUse.due("a", NOON.plusSeconds(1)));
    assertFalse(lastUse.due("a", NOON.plusSeconds(59)));
    assertTrue(lastUse.due("b", NOON.plusSeconds(59)), "another token has its own minute");
    assertTrue(lastUse.due("a", NOON.plusSeconds(60)));
    assertFalse(lastUse.due("a", NOON.plusSeconds(100)));
    assertTrue(lastUse.due("a", NOON.plusSeconds(120)));
  }
}
