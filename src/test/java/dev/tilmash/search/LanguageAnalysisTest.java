package dev.tilmash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The terms each language's analysis makes of text, the same for documents and queries. */
class LanguageAnalysisTest {

  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private static List<String> terms(LanguageAnalysis analysis, String text) {
    return terms(analysis.createAnalyzer(), text);
  }

  private static List<String> latin(LanguageAnalysis analysis, String text) {
    return terms(analysis.createLatinAnalyzer(), text);
  }

  @Test
  void shouldStemRussianSoThatTheQueryKoridoryFindsKoridor() {
    assertEquals(
        terms(LanguageAnalysis.RUSSIAN, "коридор"), terms(LanguageAnalysis.RUSSIAN, "коридоры"));
    assertEquals(
        terms(LanguageAnalysis.RUSSIAN, "Средний коридор"),
        terms(LanguageAnalysis.RUSSIAN, "о Среднем коридоре"));
    assertEquals(terms(LanguageAnalysis.RUSSIAN, "ещё"), terms(LanguageAnalysis.RUSSIAN, "еще"));
  }

  @Test
  void shouldSegmentChineseIntoWordsSoThat中亚IsOneTerm() {
    assertEquals(List.of("中亚"), terms(LanguageAnalysis.CHINESE, "中亚"));
    List<String> sentence = terms(LanguageAnalysis.CHINESE, "中亚国家的交通走廊与贸易合作。");
    assertTrue(sentence.containsAll(List.of("中亚", "交通", "走廊", "贸易")), sentence::toString);
  }

  @Test
  void shouldFoldKazakhCaseButKeepItsOwnLetters() {
    assertEquals(terms(LanguageAnalysis.KAZAKH, "қазақ"), terms(LanguageAnalysis.KAZAKH, "ҚАЗАҚ"));
    assertEquals(List.of("әлем"), terms(LanguageAnalysis.KAZAKH, "Әлем"));
    assertNotEquals(terms(LanguageAnalysis.KAZAKH, "әлем"), terms(LanguageAnalysis.KAZAKH, "алем"));
    assertEquals(List.of("ұлт", "үкіме"), terms(LanguageAnalysis.KAZAKH, "ҰЛТ Үкімет"));
  }

  @Test
  void shouldMatchInflectedKazakhWordsByTheirFirstFiveLetters() {
    List<String> stem = terms(LanguageAnalysis.KAZAKH, "дәліз");
    for (String form : List.of("дәлізі", "дәліздің", "дәліздер", "Дәлізге")) {
      assertEquals(stem, terms(LanguageAnalysis.KAZAKH, form), form);
    }
  }

  @Test
  void shouldReadEveryUzbekApostropheAlike() {
    List<String> expected = terms(LanguageAnalysis.UZBEK, "Oʻzbekiston");
    for (String spelling : List.of("O'zbekiston", "O‘zbekiston", "O’zbekiston", "Ozbekiston")) {
      assertEquals(expected, terms(LanguageAnalysis.UZBEK, spelling), spelling);
    }
  }

  @Test
  void shouldMeetUzbekCyrillicAndLatinSpellingsInTheTransliteratedField() {
    String cyrillic = "Ўзбекистон иқтисодиёти, шаҳар ва ғалла, Тошкент йўли";
    String latin = "Oʻzbekiston iqtisodiyoti, shahar va gʻalla, Toshkent yoʻli";
    assertEquals(latin(LanguageAnalysis.UZBEK, latin), latin(LanguageAnalysis.UZBEK, cyrillic));
    assertEquals(List.of("ozbek"), latin(LanguageAnalysis.UZBEK, "ЎЗБЕКИСТОН"));
  }

  @Test
  void shouldMeetKazakhCyrillicAndLatinSpellingsInTheTransliteratedField() {
    assertEquals(
        latin(LanguageAnalysis.KAZAKH, "Qazaqstan şekarasy jük teñiz ğylym"),
        latin(LanguageAnalysis.KAZAKH, "Қазақстан шекарасы жүк теңіз ғылым"));
  }

  @Test
  void shouldChooseTheAnalysisByLanguageAndScript() {
    assertEquals(LanguageAnalysis.UZBEK, LanguageAnalysis.of("uz"));
    assertEquals(LanguageAnalysis.UZBEK, LanguageAnalysis.of("uz-Cyrl"));
    assertEquals(LanguageAnalysis.KAZAKH, LanguageAnalysis.of("kk-Latn"));
    assertEquals(LanguageAnalysis.CHINESE, LanguageAnalysis.of("zh"));
    assertEquals(LanguageAnalysis.OTHER, LanguageAnalysis.of("zh-Hant"));
    assertEquals(LanguageAnalysis.OTHER, LanguageAnalysis.of("tt"));
  }

  @Test
  void shouldSegmentTraditionalChineseWithIcuWordBreaks() {
    assertEquals(List.of("中亞", "走廊"), terms(LanguageAnalysis.OTHER, "中亞走廊"));
  }
}
