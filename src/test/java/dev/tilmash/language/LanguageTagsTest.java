package dev.tilmash.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "UZ_cyrl, uz-Cyrl",
    "kk-kz, kk-KZ",
    "zh-hant-tw, zh-Hant-TW",
    "EN, en",
    "'  ru-RU  ', ru-RU",
    "iw, he",
    "in, id",
    "i-klingon, tlh",
    "sr_latn_rs, sr-Latn-RS",
    "en-US-u-va-posix, en-US-u-va-posix",
    "de-CH-1996, de-CH-1996"
  })
  void shouldCanonicalizeWellFormedTags(String raw, String canonical) {
    assertEquals(canonical, LanguageTags.canonicalize(raw));
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "*",
        "12345",
        "en--US",
        "a",
        "x",
        "en_",
        "-en",
        "ru;q=0.8",
        "русский",
        "en US"
      })
  void shouldRejectMalformedTagsAsInvalidLanguageTag(String raw) {
    ProblemException problem =
        assertThrows(ProblemException.class, () -> LanguageTags.canonicalize(raw));
    assertEquals(ProblemType.INVALID_LANGUAGE_TAG, problem.type());
    assertEquals(Map.of("tag", raw == null ? "" : raw), problem.arguments());
  }

  @Test
  void shouldRejectOverLongInputWithoutEchoingAllOfIt() {
    String raw = "en-" + "abcdefgh-".repeat(10);
    ProblemException problem =
        assertThrows(ProblemException.class, () -> LanguageTags.canonicalize(raw));
    assertEquals(ProblemType.INVALID_LANGUAGE_TAG, problem.type());
    String echoed = (String) problem.arguments().get("tag");
    assertTrue(echoed.length() <= LanguageTags.MAX_LENGTH + 1, echoed);
  }

  @Test
  void shouldAnswerEmptyInsteadOfThrowingWhenTryingGarbage() {
    assertEquals(Optional.empty(), LanguageTags.tryCanonicalize("12345"));
    assertEquals(Optional.empty(), LanguageTags.tryCanonicalize(null));
    assertEquals(Optional.of("uz-Cyrl"), LanguageTags.tryCanonicalize("uz_CYRL"));
  }
}
