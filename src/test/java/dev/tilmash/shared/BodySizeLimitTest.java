package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodySizeLimitTest {
  @Test
  void shouldReadADeclaredLengthPastTheRangeOfAnInt() {
    assertEquals(2_147_483_648L, BodySizeLimit.declaredLength("2147483648"));
    assertEquals(999_999_999_999_999_999L, BodySizeLimit.declaredLength("999999999999999999"));
    assertEquals(12L, BodySizeLimit.declaredLength(" 12 "));
  }

  @Test
  void shouldTakeAMissingLengthForNone() {
    assertEquals(-1L, BodySizeLimit.declaredLength(null));
    assertEquals(-1L, BodySizeLimit.declaredLength(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "12345678901234567890", "1e3"})
  void shouldRefuseALengthThatIsNoNumberAsAMalformedHeader(String header) {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> BodySizeLimit.declaredLength(header));
    assertEquals(ProblemType.MALFORMED_HEADER, refused.type());
    assertEquals("Content-Length", refused.arguments().get("header"));
  }
}
