package dev.tilmash.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptLanguageGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kk-KZ,ru;q=0.8",
        "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
        "zh-Hans-CN, *;q=0.1",
        "uz-Latn-UZ;q=0.5, en;q=0.9",
        "de,,,en;q=abc",
        "*"
      })
  void shouldChangeNothingWhenNormalizingTwice(String header) {
    String once = AcceptLanguageGuard.normalize(header);
    assertEquals(once, AcceptLanguageGuard.normalize(once), header);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ";;;", "q=0.5"})
  void shouldTurnAnUnusableHeaderIntoNone(String header) {
    assertNull(AcceptLanguageGuard.normalize(header));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kk-KZ,ru;q=0.8"})
  void shouldKeepTheReadersOrder(String header) {
    assertEquals("kk-KZ, ru;q=0.98", AcceptLanguageGuard.normalize(header));
  }
}
