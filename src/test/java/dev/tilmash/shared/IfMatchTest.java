package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IfMatchTest {
  private static final String ETAG = "\"v3\"";

  @Test
  void shouldRequireAnEtagThatIsAbsentBlankOrAWildcard() {
    for (String header : new String[] {null, "", "  ", "*", " * "}) {
      ProblemException refused =
          assertThrows(ProblemException.class, () -> IfMatch.of(header).requireFor(ETAG));
      assertEquals(ProblemType.PRECONDITION_REQUIRED, refused.type(), String.valueOf(header));
      assertThrows(ProblemException.class, () -> IfMatch.of(header).requirePresent());
    }
  }

  @Test
  void shouldRefuseAStaleEtagWithTheCurrentOne() {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> IfMatch.of("\"v2\"").requireFor(ETAG));
    assertEquals(ProblemType.STALE_ETAG, refused.type());
    assertEquals(Map.of("etag", ETAG), refused.arguments());
  }

  @Test
  void shouldAcceptAnyOfSeveralEtags() {
    assertDoesNotThrow(() -> IfMatch.of("\"v1\" , \"v3\"").requireFor(ETAG));
    assertDoesNotThrow(() -> IfMatch.of(" \"v3\" ").requireFor(ETAG));
  }

  @Test
  void shouldLetAnOptionalCheckPassWithoutAnEtagButNotWithAStaleOne() {
    assertDoesNotThrow(() -> IfMatch.of(null).checkFor(ETAG));
    assertThrows(ProblemException.class, () -> IfMatch.of("\"v2\"").checkFor(ETAG));
  }

  @Test
  void shouldCreateOnlyForIfNoneMatchWildcard() {
    assertTrue(IfMatch.of(null, " * ").isCreate());
    assertDoesNotThrow(() -> IfMatch.of(null, "*").requirePresent());
    assertFalse(IfMatch.of(ETAG, null).isCreate());
    assertFalse(IfMatch.of(null, ETAG).isCreate());
  }
}
