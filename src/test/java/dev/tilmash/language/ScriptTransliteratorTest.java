package dev.tilmash.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which transform a derived language gets, and what it makes of Uzbek and Chinese sentences. */
class ScriptTransliteratorTest {
  private static final LanguageSet LANGUAGES = LanguageSets.withScriptVariants();

  private static ScriptTransliterator derive(String derived) {
    Language language = LANGUAGES.require(derived);
    return ScriptTransliterator.between(LANGUAGES.require(language.derivedFrom()), language)
        .orElseThrow();
  }

  private static String uzbekCyrillic(String latin) {
    return derive("uz-Cyrl").transliterate(latin);
  }

  @Test
  void shouldUseTransformsThatIcuHas() {
    List<String> ids = Collections.list(Transliterator.getAvailableIDs());
    assertTrue(ids.contains("uz_Latn-uz_Cyrl"), "ICU 76 names the Uzbek transform uz_Latn-uz_Cyrl");
    assertTrue(ids.contains("Hans-Hant"));
  }

  @ParameterizedTest(name = "{0} from its sibling: {1}")
  @CsvSource({"uz-Cyrl, uz_Latn-uz_Cyrl", "zh-Hant, Hans-Hant", "kk-Latn, kk_Cyrl-kk_Latn/2021"})
  void shouldChooseTheTransformByTheDerivedLanguageAndItsSibling(String derived, String id) {
    assertEquals(id, derive(derived).id());
  }

  @Test
  void shouldGoBackFromCyrillicUzbekAndTraditionalChinese() {
    Language uz = LANGUAGES.require("uz");
    Language uzCyrl = LANGUAGES.require("uz-Cyrl");
    assertEquals(
        "Oʻzbekiston Respublikasi poytaxti Toshkent shahri.",
        ScriptTransliterator.between(uzCyrl, uz)
            .orElseThrow()
            .transliterate("Ўзбекистон Республикаси пойтахти Тошкент шаҳри."));
    assertEquals(
        "中国与中亚",
        ScriptTransliterator.between(LANGUAGES.require("zh-Hant"), LANGUAGES.require("zh"))
            .orElseThrow()
            .transliterate("中國與中亞"));
  }

  @Test
  void shouldKnowNoTransformAcrossLanguagesOrForKazakhLatinToCyrillic() {
    assertTrue(
        ScriptTransliterator.between(LANGUAGES.require("ru"), LANGUAGES.require("uz-Cyrl"))
            .isEmpty());
    assertTrue(
        ScriptTransliterator.between(LANGUAGES.require("kk-Latn"), LANGUAGES.require("kk"))
            .isEmpty());
    assertTrue(
        ScriptTransliterator.between(LANGUAGES.require("en"), LANGUAGES.require("en")).isEmpty());
  }

  @Test
  void shouldWriteUzbekSentencesInCyrillic() {
    assertEquals(
        "Ўзбекистон Республикаси пойтахти Тошкент шаҳри.",
        uzbekCyrillic("Oʻzbekiston Respublikasi poytaxti Toshkent shahri."));
    assertEquals(
        "Марказий Осиё давлатлари билан савдо ҳажми ўсиб бормоқда.",
        uzbekCyrillic("Markaziy Osiyo davlatlari bilan savdo hajmi oʻsib bormoqda."));
    assertEquals(
        "Ғалаба куни тоғ ва боғларда байрам бўлди.",
        uzbekCyrillic("Gʻalaba kuni togʻ va bogʻlarda bayram boʻldi."));
  }

  @Test
  void shouldAcceptTheApostrophesPeopleTypeForOʻAndGʻ() {
    assertEquals("Ўзбекистон, ғалла", uzbekCyrillic("O'zbekiston, g'alla"));
    assertEquals("Ўзбекистон, ғалла", uzbekCyrillic("O’zbekiston, g‘alla"));
    assertEquals("Ўзбекистон, ғалла", uzbekCyrillic("O`zbekiston, g`alla"));
    assertEquals("ЎЗБЕКИСТОН", uzbekCyrillic("O'ZBEKISTON"));
  }

  @Test
  void shouldWriteTheTutuqBelgisiAsTheHardSign() {
    assertEquals("масъул, таълим, маъно", uzbekCyrillic("mas'ul, ta’lim, maʼno"));
  }

  @Test
  void shouldWriteЕAfterConsonantsAndЭAtTheStartOfWordsAndAfterVowels() {
    assertEquals("Республика, Тошкент", uzbekCyrillic("Respublika, Toshkent"));
    assertEquals("эртага, поэзия, аэропорт", uzbekCyrillic("ertaga, poeziya, aeroport"));
    assertEquals("Европа, ер", uzbekCyrillic("Yevropa, yer"));
    assertEquals("ЭНЕРГЕТИКА", uzbekCyrillic("ENERGETIKA"));
  }

  @Test
  void shouldWriteYBeforeOʻAsЙ() {
    assertEquals("йўл, йўқ", uzbekCyrillic("yoʻl, yo'q"));
  }

  @Test
  void shouldKeepWebAndMailAddresses() {
    assertEquals(
        "Батафсил: https://gov.uz/oz/news/yangi-yol ва info@gov.uz, www.uza.uz.",
        uzbekCyrillic("Batafsil: https://gov.uz/oz/news/yangi-yol va info@gov.uz, www.uza.uz."));
  }

  @Test
  void shouldWriteChineseSentencesInTraditionalCharacters() {
    ScriptTransliterator traditional = derive("zh-Hant");
    assertEquals("中國與中亞國家的貿易額繼續增長。", traditional.transliterate("中国与中亚国家的贸易额继续增长。"));
    assertEquals(
        "中間走廊連接哈薩克斯坦港口與高加索地區，2024年運輸量約為450萬噸。",
        traditional.transliterate("中间走廊连接哈萨克斯坦港口与高加索地区，2024年运输量约为450万吨。"));
  }

  @Test
  void shouldLeaveTextInAnotherScriptAlone() {
    assertEquals("Astana 2026", derive("kk-Latn").transliterate("Astana 2026"));
    assertEquals("Trade forum", derive("zh-Hant").transliterate("Trade forum"));
  }
}
