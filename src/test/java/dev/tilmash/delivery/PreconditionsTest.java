package dev.tilmash.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreconditionsTest {
  private static final String ETAG = "\"5d41402abc4b2a76\"";
  private static final Instant MODIFIED = Instant.parse("2025-05-04T10:02:02.750Z");

  @Test
  void shouldAnswerNotModifiedOnlyForAMatchingEntityTag() {
    assertTrue(Preconditions.notModified(ETAG, MODIFIED, ETAG, null));
    assertTrue(Preconditions.notModified(ETAG, MODIFIED, "\"other\", " + ETAG, null));
    assertTrue(Preconditions.notModified(ETAG, MODIFIED, "W/" + ETAG, null), "weak comparison");
    assertTrue(Preconditions.notModified(ETAG, MODIFIED, "*", null));
    assertFalse(Preconditions.notModified(ETAG, MODIFIED, "\"other\"", null));
    assertFalse(Preconditions.notModified(ETAG, MODIFIED, "5d41402abc4b2a76", null), "unquoted");
  }

  @Test
  void shouldIgnoreTheDateWhenAnEntityTagIsSent() {
    String later = "Sun, 04 May 2025 12:00:00 GMT";
    assertFalse(Preconditions.notModified(ETAG, MODIFIED, "\"other\"", later));
  }

  @Test
  void shouldCompareDatesToTheSecond() {
    assertTrue(Preconditions.notModified(ETAG, MODIFIED, null, "Sun, 04 May 2025 10:02:02 GMT"));
    assertTrue(Preconditions.notModified(ETAG, MODIFIED, null, "Sun, 04 May 2025 10:02:03 GMT"));
    assertFalse(Preconditions.notModified(ETAG, MODIFIED, null, "Sun, 04 May 2025 10:02:01 GMT"));
  }

  @Test
  void shouldIgnoreADateThatIsNotAnHttpDate() {
    assertFalse(Preconditions.notModified(ETAG, MODIFIED, null, "yesterday"));
    assertFalse(Preconditions.notModified(ETAG, MODIFIED, null, ""));
    assertFalse(Preconditions.notModified(ETAG, MODIFIED, null, "9".repeat(10_000)));
  }

  @Test
  void shouldWriteImfFixdatesWithTwoDigitDays() {
    assertEquals("Sun, 04 May 2025 10:02:02 GMT", HttpDates.format(MODIFIED));
  }

  @Test
  void shouldReadTheObsoleteDateFormsToo() {
    Instant second = Instant.parse("1994-11-06T08:49:37Z");
    assertEquals(Optional.of(second), HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
    assertEquals(Optional.of(second), HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT"));
    assertEquals(Optional.of(second), HttpDates.parse("Sun Nov  6 08:49:37 1994"));
  }
}
