package dev.tilmash.queue;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.tilmash.shared.Messages;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A refused assignment explains its reason, whichever it is, in every catalog language. */
class AssignmentMessagesTest {
  private static final Messages MESSAGES = new Messages();

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru", "kk", "uz", "zh"})
  void shouldTellTheMissingLanguageFromTheMissingRole(String lang) {
    String language = detail(lang, "language");
    String role = detail(lang, "role");

    assertNotEquals(language, role);
    for (String detail : new String[] {language, role}) {
      assertTrue(detail.contains("translator.ru"), detail);
      assertTrue(detail.contains("kk"), detail);
      assertTrue(!detail.contains("{"), detail);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru", "kk", "uz", "zh"})
  void shouldNameTheUnknownUser(String lang) {
    String detail =
        MESSAGES.format(
            "problem.unknown-user.detail",
            ULocale.forLanguageTag(lang),
            Map.of("username", "nobody"));

    assertTrue(detail.contains("nobody"), detail);
  }

  private static String detail(String lang, String reason) {
    return MESSAGES.format(
        "problem.not-assignable.detail",
        ULocale.forLanguageTag(lang),
        Map.of("username", "translator.ru", "language", "kk", "reason", reason));
  }
}
