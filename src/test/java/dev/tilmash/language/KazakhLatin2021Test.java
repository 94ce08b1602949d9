package dev.tilmash.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Kazakh Latin alphabet of 2021, letter by letter and in sentences; the table and its sources
 * are in {@link KazakhLatin2021}.
 */
class KazakhLatin2021Test {
  private static final ScriptTransliterator KAZAKH_LATIN =
      ScriptTransliterator.between(
              new Language("kk", List.of(), null), new Language("kk-Latn", List.of(), "kk"))
          .orElseThrow();

  private static String latin(String cyrillic) {
    return KAZAKH_LATIN.transliterate(cyrillic);
  }

  /** Each of the 42 letters, capital and small, alone (so digraphs are in title case). */
  @ParameterizedTest(name = "{0} {1} → {2} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "А|а|A|a", "Ә|ә|Ä|ä", "Б|б|B|b", "В|в|V|v", "Г|г|G|g", "Ғ|ғ|Ğ|ğ", "Д|д|D|d",
        "Е|е|E|e", "Ё|ё|İo|io", "Ж|ж|J|j", "З|з|Z|z", "И|и|İ|i", "Й|й|İ|i", "К|к|K|k",
        "Қ|қ|Q|q", "Л|л|L|l", "М|м|M|m", "Н|н|N|n", "Ң|ң|Ñ|ñ", "О|о|O|o", "Ө|ө|Ö|ö",
        "П|п|P|p", "Р|р|R|r", "С|с|S|s", "Т|т|T|t", "У|у|U|u", "Ұ|ұ|Ū|ū", "Ү|ү|Ü|ü",
        "Ф|ф|F|f", "Х|х|H|h", "Һ|һ|H|h", "Ц|ц|Ts|ts", "Ч|ч|Ch|ch", "Ш|ш|Ş|ş", "Щ|щ|Ş|ş",
        "Ъ|ъ|''|''", "Ы|ы|Y|y", "І|і|I|ı", "Ь|ь|''|''", "Э|э|E|e", "Ю|ю|İu|iu", "Я|я|İa|ia"
      })
  void shouldWriteEveryLetterOfTheAlphabet(
      String capital, String small, String latinCapital, String latinSmall) {
    assertEquals(latinCapital, latin(capital), capital);
    assertEquals(latinSmall, latin(small), small);
  }

  @Test
  void shouldCoverTheWholeAlphabetInOrder() {
    String alphabet = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";
    assertEquals(42, alphabet.length());
    String small = alphabet.toLowerCase(Locale.ROOT);
    assertEquals("AÄBVGĞDEİOJZİİKQLMNÑOÖPRSTUŪÜFHHTSCHŞŞYIEİUİA", latin(alphabet));
    assertEquals("aäbvgğdeiojziikqlmnñoöprstuūüfhhtschşşyıeiuia", latin(small));
  }

  /** The letters Kazakh has and Russian lacks: ә ғ қ ң ө ұ ү һ і. */
  @Test
  void shouldWriteTheKazakhLettersWithTheirOwnLatinLetters() {
    assertEquals("Ä Ğ Q Ñ Ö Ū Ü H I", latin("Ә Ғ Қ Ң Ө Ұ Ү Һ І"));
    assertEquals("ä ğ q ñ ö ū ü h ı", latin("ә ғ қ ң ө ұ ү һ і"));
  }

  @Test
  void shouldTransliterateSentences() {
    assertEquals(
        "Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne"
            + " kelıp qonypty.",
        latin(
            "Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының бір үлкен қазысының үйіне"
                + " келіп қоныпты."));
    assertEquals(
        "Qazaqstan men Ortalyq Aziia elderınıñ sauda ainalymy ösude.",
        latin("Қазақстан мен Орталық Азия елдерінің сауда айналымы өсуде."));
    assertEquals(
        "Orta dälız arqyly 4 mln tonnağa jaqyn jük tasymaldandy.",
        latin("Орта дәліз арқылы 4 млн тоннаға жақын жүк тасымалданды."));
  }

  @Test
  void shouldWriteLettersOfTwoLatinLettersInCapitalsInsideWordsInCapitals() {
    assertEquals("QAZAQSTAN RESPUBLİKASY", latin("ҚАЗАҚСТАН РЕСПУБЛИКАСЫ"));
    assertEquals("TSUM", latin("ЦУМ"));
    assertEquals("İUNESKO", latin("ЮНЕСКО"));
    assertEquals("AQŞ PEN EUROPA ODAĞY", latin("АҚШ ПЕН EUROPA ОДАҒЫ"));
    assertEquals("ŞARŞY", latin("ШАРШЫ"));
    assertEquals("İOLKA, İAPONİİA", latin("ЁЛКА, ЯПОНИЯ"));
  }

  @Test
  void shouldWriteThemInTitleCaseAtTheStartOfAWord() {
    assertEquals("Tsement", latin("Цемент"));
    assertEquals("Chempion", latin("Чемпион"));
    assertEquals("İunesko", latin("Юнеско"));
    assertEquals("İaponiia", latin("Япония"));
    assertEquals("İolka", latin("Ёлка"));
    assertEquals("İa", latin("Я"));
  }

  @Test
  void shouldDotTheCapitalOfИAndЙButNotOfІ() {
    assertEquals("İran", latin("Иран"));
    assertEquals("İemen", latin("Йемен"));
    assertEquals("Ile", latin("Іле"));
    assertEquals("ıñ", latin("ің"));
  }

  @Test
  void shouldDropTheHardAndSoftSigns() {
    assertEquals("obekt", latin("объект"));
    assertEquals("aktiv", latin("актив"));
    assertEquals("pochta", latin("почта"));
    assertEquals("medal", latin("медаль"));
  }

  @Test
  void shouldComposeDecomposedLettersFirst() {
    assertEquals("ai", latin("аи\u0306"));
    assertEquals("io", latin("е\u0308"));
  }

  @Test
  void shouldLeaveLatinDigitsAndPunctuationAlone() {
    assertEquals("2026 j., 22 qaraşa: «Astana» — 5%", latin("2026 ж., 22 қараша: «Astana» — 5%"));
  }
}
