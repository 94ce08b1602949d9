package dev.tilmash.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the index is rebuilt at start. */
class SearchIndexCheckTest {
  @Test
  void shouldKeepAnIndexThatHoldsEveryVersionInTheCurrentFormat() {
    assertFalse(SearchIndexCheck.stale(50_000, 50_000, 50_000));
    assertFalse(SearchIndexCheck.stale(0, 0, 0));
  }

  @Test
  void shouldRebuildAnIndexThatMissesVersions() {
    assertTrue(SearchIndexCheck.stale(0, 0, 50_000));
    assertTrue(SearchIndexCheck.stale(49_999, 49_999, 50_000));
  }

  @Test
  void shouldRebuildAnIndexWrittenInAnOlderFormat() {
    assertTrue(SearchIndexCheck.stale(50_000, 0, 50_000));
    assertTrue(SearchIndexCheck.stale(50_000, 49_000, 50_000));
  }

  @Test
  void shouldRebuildAnIndexOfVersionsThatNoLongerExist() {
    assertTrue(SearchIndexCheck.stale(10, 0, 0));
  }
}
