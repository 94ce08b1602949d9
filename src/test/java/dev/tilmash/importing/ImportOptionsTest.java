package dev.tilmash.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportOptionsTest {

  @Test
  void shouldReadRepeatedAndCommaSeparatedTags() {
    ImportOptions options =
        ImportOptions.parse(ImportFixtures.languages(), "UZ", List.of("trade, archive", "trade"));
    assertEquals("uz", options.language().tag());
    assertEquals(List.of("trade", "archive"), options.tags());
  }

  @Test
  void shouldGuessWhenNoLanguageIsGiven() {
    ImportOptions options = ImportOptions.parse(ImportFixtures.languages(), " ", null);
    assertNull(options.language());
    assertEquals(List.of(), options.tags());
  }

  @Test
  void shouldRefuseUnknownLanguagesAndTooManyTags() {
    assertEquals(
        ProblemType.UNSUPPORTED_LANGUAGE,
        refused(() -> ImportOptions.parse(ImportFixtures.languages(), "de", null)));
    assertEquals(
        ProblemType.INVALID_LANGUAGE_TAG,
        refused(() -> ImportOptions.parse(ImportFixtures.languages(), "12345", null)));
    List<String> many = Collections.nCopies(21, "t").stream().map(t -> t + Math.random()).toList();
    assertEquals(
        ProblemType.INVALID_FIELD,
        refused(() -> ImportOptions.parse(ImportFixtures.languages(), null, many)));
  }

  private static ProblemType refused(Runnable parse) {
    return assertThrows(ProblemException.class, parse::run).type();
  }
}
