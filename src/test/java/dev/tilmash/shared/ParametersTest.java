package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Query and path parameters that do not parse are a 400 naming them, never a 404 or a default. */
class ParametersTest {
  @Test
  void shouldReadIntegersAndLeaveAbsentOnesOut() {
    assertEquals(42, Parameters.integer("size", "42"));
    assertEquals(-1, Parameters.integer("page", "-1"));
    assertEquals(Integer.MAX_VALUE, Parameters.integer("n", "2147483647"));
    assertNull(Parameters.integer("size", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e9", "abc", "1.5", "", " 1", "+5", "2147483648", "99999999999", "0x10"})
  void shouldRefuseWhatIsNotAnInteger(String value) {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> Parameters.integer("size", value));
    assertEquals(ProblemType.INVALID_FIELD, refused.type());
    assertEquals(List.of("size"), refused.arguments().get("fields"));
  }

  @Test
  void shouldRequireAPathNumber() {
    assertEquals(3, Parameters.requiredInteger("n", "3"));
    assertThrows(ProblemException.class, () -> Parameters.requiredInteger("n", null));
    assertThrows(ProblemException.class, () -> Parameters.requiredInteger("n", "abc"));
  }

  @Test
  void shouldReadFlagsExactly() {
    assertTrue(Parameters.isSet("fallback", "true"));
    assertFalse(Parameters.isSet("fallback", "false"));
    assertFalse(Parameters.isSet("fallback", null));
    assertNull(Parameters.flag("outdated", null));
    assertEquals(Boolean.FALSE, Parameters.flag("outdated", "false"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "yes", "1", "TRUE", "", "true "})
  void shouldRefuseAFlagThatIsNeitherTrueNorFalse(String value) {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> Parameters.flag("outdated", value));
    assertEquals(List.of("outdated"), refused.arguments().get("fields"));
  }

  @Test
  void shouldSayTheBoundsOfAPage() {
    ProblemException tooBig =
        assertThrows(ProblemException.class, () -> PageRequest.parse(null, "101"));
    assertEquals(List.of("size"), tooBig.arguments().get("fields"));
    assertEquals(PageRequest.MAX_SIZE, tooBig.arguments().get("max"));
    assertEquals(1, tooBig.arguments().get("min"));
    ProblemException notANumber =
        assertThrows(ProblemException.class, () -> PageRequest.parse("x", null));
    assertEquals(List.of("page"), notANumber.arguments().get("fields"));
    assertEquals(new PageRequest(2, 10), PageRequest.parse("2", "10"));
    assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), PageRequest.parse(null, null));
  }
}
