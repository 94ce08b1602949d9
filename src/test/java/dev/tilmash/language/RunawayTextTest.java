package dev.tilmash.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.article.NewArticle;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regular expressions that meet a whole field or body: {@link Pattern} recurses once per repetition
 * of a group, so none of them may repeat a group without a bound, and a long run of text must not
 * overflow the stack (a 500) or be rescanned from every letter.
 */
class RunawayTextTest {
  private static final LanguageSet LANGUAGES = LanguageSets.withScriptVariants();

  @ParameterizedTest
  @CsvSource({
    "khorgos, true",
    "dry-port-at-khorgos-2023, true",
    "a, true",
    "-khorgos, false",
    "khorgos-, false",
    "dry--port, false",
    "Khorgos, false",
    "khorgos_port, false"
  })
  void shouldKeepTheShapeOfASlug(String slug, boolean valid) {
    assertEquals(valid, Pattern.matches(SlugTransliterator.SHAPE, slug));
  }

  @Test
  void shouldValidateAMillionCharacterSlugWithoutOverflowing() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    String slug = "a-".repeat(500_000) + "a";
    NewArticle article = new NewArticle("en", "Title", null, "Body", null, null, null, slug);

    var violations = validator.validate(article);

    assertEquals(1, violations.size(), violations::toString);
    assertEquals("slug", violations.iterator().next().getPropertyPath().toString());
  }

  @Test
  void shouldTransliterateABodyOfManyDotsAfterAnAtSign() {
    ScriptTransliterator cyrillic = derive("uz-Cyrl");
    String body = "x@y" + ".z".repeat(20_000) + " Toshkent";

    String derived = cyrillic.transliterate(body);

    assertTrue(derived.endsWith(" Тошкент"), derived.substring(derived.length() - 20));
  }

  @Test
  void shouldStillKeepAddressesAsWritten() {
    String derived =
        derive("uz-Cyrl").transliterate("Toshkent: https://gov.uz/uz, www.uza.uz, press@gov.uz");

    assertEquals("Тошкент: https://gov.uz/uz, www.uza.uz, press@gov.uz", derived);
    assertFalse(derive("uz-Cyrl").transliterate("a".repeat(20_000)).contains("a"));
  }

  private static ScriptTransliterator derive(String derived) {
    Language language = LANGUAGES.require(derived);
    return ScriptTransliterator.between(LANGUAGES.require(language.derivedFrom()), language)
        .orElseThrow();
  }
}
