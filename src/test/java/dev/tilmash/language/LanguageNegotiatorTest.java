package dev.tilmash.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageNegotiatorTest {

  private final LanguageNegotiator basic = new LanguageNegotiator(LanguageSets.basic());

  /**
   * One row per reader: configuration | Accept-Language | published versions | source language ||
   * served | requestedLanguage | fallback. {@code -} stands for nothing (no header, no version).
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
Kazakh reader with Russian second gets Kazakh               | basic    | kk-KZ,ru;q=0.8                 | en ru kk   | en | kk      | kk      | false
Kazakh reader gets Russian second choice when no Kazakh     | basic    | kk-KZ,ru;q=0.8                 | en ru      | en | ru      | kk      | true
Kazakh reader gets Russian through Kazakh's chain           | basic    | kk-KZ                          | en ru      | en | ru      | kk      | true
Kazakh reader gets English when chain reaches it            | basic    | kk-KZ                          | en zh      | zh | en      | kk      | true
Uzbek Cyrillic reader gets Uzbek when no variant configured | basic    | uz-Cyrl-UZ                     | en ru uz   | en | uz      | uz      | false
Uzbek Cyrillic reader gets the variant when configured      | variants | uz-Cyrl-UZ                     | en uz uz-Cyrl | en | uz-Cyrl | uz-Cyrl | false
Uzbek Cyrillic reader gets Latin Uzbek through the chain    | variants | uz-Cyrl-UZ                     | en ru uz   | en | uz      | uz-Cyrl | true
Mainland Chinese reader gets Chinese                        | basic    | zh-CN                          | en zh      | en | zh      | zh      | false
Singapore Chinese reader gets Simplified with variants      | variants | zh-SG                          | zh zh-Hant | en | zh      | zh      | false
Taiwan reader gets Chinese when Traditional not configured  | basic    | zh-TW                          | en zh      | en | zh      | zh      | false
Taiwan reader gets Traditional when configured              | variants | zh-TW                          | en zh zh-Hant | en | zh-Hant | zh-Hant | false
Taiwan reader gets Simplified when Traditional unpublished  | variants | zh-TW                          | en zh      | en | zh      | zh-Hant | true
Kazakh Latin reader gets Cyrillic Kazakh                    | basic    | kk-Latn                        | en ru kk   | en | kk      | kk      | false
German reader gets the source language                      | basic    | de-DE                          | en ru      | ru | ru      | de-DE   | true
German reader gets nothing when source is unpublished       | basic    | de-DE                          | en         | ru | -       | de-DE   | false
German reader accepting anything gets the default           | basic    | de-DE, *;q=0.1                 | en kk      | ru | en      | de-DE   | true
German reader accepting anything gets any published         | basic    | de-DE, *;q=0.1                 | zh kk      | ru | kk      | de-DE   | true
Wildcard reader gets the default language                   | basic    | *                              | en ru      | ru | en      | en      | false
Wildcard reader gets the source when no default            | basic    | *                              | kk ru      | ru | ru      | en      | true
Refused Russian alone is no preference                      | basic    | ru;q=0                         | en ru      | ru | en      | en      | false
Refused English leaves Russian                              | basic    | en;q=0, ru                     | en ru      | en | ru      | ru      | false
Quality values order the preferences                        | basic    | en;q=0.5, zh;q=0.9             | en zh      | en | zh      | zh      | false
Second preference beats the first one's chain               | basic    | ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7 | en kk | kk | en   | ru      | true
Kyrgyz reader gets Russian as CLDR says                     | basic    | ky                             | en ru      | en | ru      | ru      | false
Tajik reader gets Russian as CLDR says                      | basic    | tg-TJ                          | en ru      | en | ru      | ru      | false
Tatar reader gets Russian as CLDR says                      | basic    | tt                             | en ru      | en | ru      | ru      | false
Ukrainian reader is not sent to Russian by CLDR             | basic    | uk                             | en ru      | en | en      | uk      | true
Hebrew in its old spelling is canonicalized                 | basic    | iw                             | en ru      | ru | ru      | he      | true
Source language serves when the chain misses               | basic    | zh                             | kk ru      | kk | kk      | zh      | true
Nothing published serves nothing                            | basic    | kk-KZ                          | -          | kk | -       | kk      | false
Semicolons alone are treated as no header                   | basic    | ;;;                            | en ru      | ru | en      | en      | false
Bare quality is treated as no header                        | basic    | q=abc                          | en ru      | ru | en      | en      | false
Single letter is treated as no header                       | basic    | x                              | en ru      | ru | en      | en      | false
Quality above one is treated as no header                   | basic    | en;q=1.5                       | ru zh      | zh | zh      | en      | true
Empty quality is treated as no header                       | basic    | ru;q=                          | en ru      | ru | en      | en      | false
Empty header is treated as no header                        | basic    | ''                             | en ru      | ru | en      | en      | false
Absent header gets the default language                     | basic    | -                              | en ru      | ru | en      | en      | false
Absent header gets the source without the default           | basic    | -                              | kk ru      | ru | ru      | en      | true
Absent header gets any published language last             | basic    | -                              | zh kk      | ru | kk      | en      | true
Garbage entries are skipped, good ones kept                 | basic    | ;;;, 12345, kk                 | en kk      | en | kk      | kk      | false
""")
  void shouldNegotiateFromAcceptLanguage(
      String reader,
      String config,
      String header,
      String published,
      String source,
      String served,
      String requested,
      boolean fallback) {
    LanguageNegotiator negotiator = new LanguageNegotiator(LanguageSets.named(config));
    Negotiation negotiation = negotiator.negotiate(null, header, tags(published), source);
    assertNegotiation(served, requested, fallback, negotiation);
  }

  @Test
  void shouldTreatAnOverLongHeaderAsAbsent() {
    String header = "kk-KZ,ru;q=0.5,".repeat(400).substring(0, 5000);
    assertEquals(5000, header.length());
    Negotiation negotiation = basic.negotiate(null, header, Set.of("en", "kk"), "kk");
    assertNegotiation("en", "en", false, negotiation);
  }

  @Test
  void shouldLetExplicitLanguageWinOverTheHeader() {
    Negotiation negotiation =
        basic.negotiate("ru", "zh-CN,zh;q=0.9", Set.of("en", "ru", "zh"), "en");
    assertNegotiation("ru", "ru", false, negotiation);
  }

  @Test
  void shouldMapExplicitLanguageToAnotherScriptOfTheSameLanguage() {
    assertNegotiation("uz", "uz", false, basic.negotiate("uz-Latn", null, Set.of("uz"), "en"));
    assertNegotiation("zh", "zh", false, basic.negotiate("zh-TW", null, Set.of("zh"), "en"));
    LanguageNegotiator variants = new LanguageNegotiator(LanguageSets.withScriptVariants());
    assertNegotiation(
        "zh-Hant",
        "zh-Hant",
        false,
        variants.negotiate("zh-TW", null, Set.of("zh", "zh-Hant"), "en"));
  }

  @Test
  void shouldServeKazakhReaderRussianWhenKazakhIsNotPublished() {
    Negotiation negotiation = basic.negotiate("kk", "en", Set.of("en", "ru"), "en");
    assertNegotiation("ru", "kk", true, negotiation);
  }

  @Test
  void shouldServeSourceLanguageWhenExplicitLanguageChainMisses() {
    Negotiation negotiation = basic.negotiate("zh", null, Set.of("kk"), "kk");
    assertNegotiation("kk", "zh", true, negotiation);
  }

  @Test
  void shouldUseTheHeaderWhenExplicitLanguageIsBlank() {
    Negotiation negotiation = basic.negotiate("  ", "kk", Set.of("en", "kk"), "en");
    assertNegotiation("kk", "kk", false, negotiation);
  }

  @Test
  void shouldRejectMalformedExplicitLanguageWithBadRequest() {
    ProblemException problem =
        assertThrows(
            ProblemException.class, () -> basic.negotiate("12345", "en", Set.of("en"), "en"));
    assertEquals(ProblemType.INVALID_LANGUAGE_TAG, problem.type());
    assertEquals(400, problem.type().status());
    assertEquals(Map.of("tag", "12345"), problem.arguments());
  }

  @Test
  void shouldRejectUnsupportedExplicitLanguageWithSupportedList() {
    ProblemException problem =
        assertThrows(ProblemException.class, () -> basic.negotiate("de", "en", Set.of("en"), "en"));
    assertEquals(ProblemType.UNSUPPORTED_LANGUAGE, problem.type());
    assertEquals(404, problem.type().status());
    assertEquals(
        Map.of("tag", "de", "supportedLanguages", List.of("en", "ru", "kk", "uz", "zh")),
        problem.arguments());
  }

  @Test
  void shouldNotApplyCldrNeighboursToAnExplicitLanguage() {
    ProblemException problem =
        assertThrows(ProblemException.class, () -> basic.negotiate("ky", null, Set.of("ru"), "ru"));
    assertEquals(ProblemType.UNSUPPORTED_LANGUAGE, problem.type());
  }

  @Test
  void shouldServeNothingForExplicitLanguageWhenNothingIsPublished() {
    Negotiation negotiation = basic.negotiate("kk", null, Set.of(), "kk");
    assertNegotiation(null, "kk", false, negotiation);
  }

  @Test
  void shouldIgnoreSourceLanguageThatIsNoLongerConfigured() {
    Negotiation negotiation = basic.negotiate(null, "de", Set.of("de"), "de");
    assertNegotiation(null, "de", false, negotiation);
  }

  private static Set<String> tags(String spaceSeparated) {
    return spaceSeparated == null ? Set.of() : Set.of(spaceSeparated.trim().split("\\s+"));
  }

  private static void assertNegotiation(
      String served, String requested, boolean fallback, Negotiation negotiation) {
    assertEquals(Optional.ofNullable(served), negotiation.served().map(Language::tag), "served");
    assertEquals(requested, negotiation.requestedLanguage(), "requestedLanguage");
    assertEquals(fallback, negotiation.fallback(), "fallback");
  }
}
