package dev.tilmash.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
  private static final RetrySchedule STANDARD = RetrySchedule.parse("5s,5m,30m,2h,5h,10h,10h");

  @Test
  void shouldReadTheStandardWebhooksSchedule() {
    assertEquals(
        List.of(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(10)),
        STANDARD.delays());
    assertEquals(
        List.of(Duration.ofMillis(250), Duration.ofDays(1)),
        RetrySchedule.parse(" 250ms , 1d ").delays());
  }

  @Test
  void shouldRefuseADelayItCannotRead() {
    assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("5s,soon"));
    assertThrows(IllegalArgumentException.class, () -> RetrySchedule.parse("5w"));
  }

  @Test
  void shouldSpreadEachWaitByAtMostATenthEitherWay() {
    for (int attempts = 1; attempts <= 7; attempts++) {
      Duration planned = STANDARD.delays().get(attempts - 1);
      Duration lowest = STANDARD.next(attempts, null, fixed(0.0)).orElseThrow();
      Duration highest = STANDARD.next(attempts, null, fixed(0.999999)).orElseThrow();
      assertEquals(Math.round(planned.toMillis() * 0.9), lowest.toMillis());
      assertTrue(highest.toMillis() <= Math.round(planned.toMillis() * 1.1), highest::toString);
      assertTrue(highest.compareTo(planned) > 0, highest::toString);
    }
    RandomGenerator random = RandomGenerator.getDefault();
    for (int i = 0; i < 1000; i++) {
      long millis = STANDARD.next(1, null, random).orElseThrow().toMillis();
      assertTrue(millis >= 4500 && millis <= 5500, () -> Long.toString(millis));
    }
  }

  @Test
  void shouldGiveUpWhenTheScheduleIsUsedUp() {
    assertEquals(Optional.empty(), STANDARD.next(8, null, fixed(0.5)));
    assertEquals(Optional.empty(), RetrySchedule.parse("").next(1, null, fixed(0.5)));
  }

  @Test
  void shouldWaitAsLongAsRetryAfterAsksWhenThatIsLonger() {
    assertEquals(
        Duration.ofMinutes(2), STANDARD.next(1, Duration.ofMinutes(2), fixed(0.5)).orElseThrow());
    assertEquals(
        Duration.ofMinutes(5), STANDARD.next(2, Duration.ofSeconds(3), fixed(0.5)).orElseThrow());
  }

  @Test
  void shouldReadRetryAfterInSecondsOrAsADateAndCapIt() {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", now));
    assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Tue, 01 Dec 2026 10:00:30 GMT", now));
    assertEquals(RetryAfter.MAX, RetryAfter.parse("99999999999", now));
    assertEquals(Duration.ZERO, RetryAfter.parse("Tue, 01 Dec 2026 09:00:00 GMT", now));
    assertNull(RetryAfter.parse("soon", now));
    assertNull(RetryAfter.parse(null, now));
  }

  private static RandomGenerator fixed(double value) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        return 0;
      }

      @Override
      public double nextDouble() {
        return value;
      }
    };
  }
}
