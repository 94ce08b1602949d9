package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The word-level diff of revisions: ICU word breaks per language, runs that add up exactly. */
class WordDiffTest {
  private static final ULocale RU = ULocale.forLanguageTag("ru");
  private static final ULocale KK = ULocale.forLanguageTag("kk");
  private static final ULocale ZH = ULocale.forLanguageTag("zh");

  @Test
  void shouldShowWhichRussianWordsChanged() {
    List<WordDiff.Run> runs =
        WordDiff.between(
            "Экспорт зерна вырос на 12% в 2026 году.",
            "Экспорт пшеницы вырос на 15% в 2026 году.", RU);

    assertEquals(
        List.of(
            equal("Экспорт "),
            delete("зерна"),
            insert("пшеницы"),
            equal(" вырос на "),
            delete("12"),
            insert("15"),
            equal("% в 2026 году.")),
        runs);
  }

  @Test
  void shouldKeepKazakhWordsWholeWithEveryKazakhLetter() {
    String before = "Қазақстан әлемдік нарыққа астық шығарады.";
    String after = "Қазақстан әлемдік нарыққа ұн мен өңделген һәм іріктелген астық шығарады.";

    assertEquals(
        List.of(
            equal("Қазақстан әлемдік нарыққа "),
            insert("ұн мен өңделген һәм іріктелген "),
            equal("астық шығарады.")),
        WordDiff.between(before, after, KK));
    assertEquals(
        List.of("ғылым", " ", "қоғам", " ", "жаңа", " ", "өнер", " ", "ұлт", " ", "үй", " ", "һәм"),
        WordDiff.words("ғылым қоғам жаңа өнер ұлт үй һәм", KK));
  }

  @Test
  void shouldReplaceARewrittenKazakhPhraseAsOneChange() {
    List<WordDiff.Run> runs =
        WordDiff.between("Жүк тасымалы өсті.", "Контейнер айналымы екі есе артты.", KK);

    assertEquals(
        List.of(
            delete("Жүк тасымалы өсті"), insert("Контейнер айналымы екі есе артты"), equal(".")),
        runs);
  }

  /** ICU 76's dictionary splits this sentence into five words; whitespace would give one token. */
  @Test
  void shouldSplitChineseIntoDictionaryWords() {
    assertEquals(List.of("中亚", "国家", "加强", "贸易", "合作"), WordDiff.words("中亚国家加强贸易合作", ZH));
  }

  @Test
  void shouldDiffChineseByWordsNotByCharacters() {
    List<WordDiff.Run> runs = WordDiff.between("中亚国家加强贸易合作", "中亚国家扩大贸易合作", ZH);

    assertEquals(List.of(equal("中亚国家"), delete("加强"), insert("扩大"), equal("贸易合作")), runs);
  }

  @Test
  void shouldReportNoChangeForEqualTexts() {
    assertEquals(
        List.of(equal("Тот же текст.")), WordDiff.between("Тот же текст.", "Тот же текст.", RU));
    assertEquals(List.of(), WordDiff.between("", "", RU));
    assertEquals(List.of(insert("Новый")), WordDiff.between("", "Новый", RU));
    assertEquals(List.of(delete("Старый")), WordDiff.between("Старый", null, RU));
  }

  @Test
  void shouldNeverJoinParagraphsIntoOneChange() {
    List<WordDiff.Run> runs = WordDiff.between("Один.\n\nДва.", "Три.\n\nЧетыре.", RU);

    assertEquals(
        List.of(
            delete("Один"),
            insert("Три"),
            equal(".\n\n"),
            delete("Два"),
            insert("Четыре"),
            equal(".")),
        runs);
  }

  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of(
            "ru",
            "Средний коридор связывает порты Казахстана с Кавказом.",
            "Транскаспийский маршрут связывает порты Азербайджана и Казахстана с Грузией!"),
        Arguments.of(
            "kk",
            "Орта дәліз Қазақстанның порттарын Кавказбен байланыстырады.",
            "Орта дәліз арқылы жүк көлемі 2025 жылы 4,5 млн тоннаға жетті."),
        Arguments.of("zh", "中亚国家加强贸易合作，哈萨克斯坦的港口连接高加索。", "中亚五国领导人在阿斯塔纳会晤，加强贸易合作。"),
        Arguments.of(
            "en",
            "**Grain** exports rose by 12%.\n\n- wheat\n- barley",
            "Grain *exports* fell by 3 %.\r\n\r\n- barley\n- oats  \n"));
  }

  @ParameterizedTest
  @MethodSource("edits")
  void shouldRebuildBothTextsExactlyFromTheRuns(String lang, String before, String after) {
    assertRebuilds(before, after, ULocale.forLanguageTag(lang));
  }

  @Test
  void shouldRebuildRandomEditsExactly() {
    Random random = new Random(20261122L);
    String[] words = {"Қазақ", "әлем", "ғылым", "зерно", " ", "  ", ",", ".", "\n\n", "中亚", "贸易"};
    for (int round = 0; round < 200; round++) {
      String before = randomText(random, words);
      String after = randomText(random, words);
      assertRebuilds(before, after, KK);
    }
  }

  /** A wholly rewritten long paragraph is replaced whole; other paragraphs still show words. */
  @Test
  void shouldStayExactWhenALongParagraphIsRewritten() {
    Random random = new Random(7L);
    String rewrittenFrom = randomWords(random, 3_000);
    String rewrittenTo = randomWords(random, 3_000);
    String before = "Общая часть.\n\n" + rewrittenFrom + "\n\nЭкспорт зерна вырос.\n";
    String after = "Общая часть.\n\n" + rewrittenTo + "\n\nЭкспорт пшеницы вырос.\n";

    List<WordDiff.Run> runs = WordDiff.between(before, after, RU);

    assertEquals(
        List.of(
            equal("Общая часть.\n\n"),
            delete(rewrittenFrom + "\n"),
            insert(rewrittenTo + "\n"),
            equal("\nЭкспорт "),
            delete("зерна"),
            insert("пшеницы"),
            equal(" вырос.\n")),
        runs);
    assertRebuilds(before, after, RU);
  }

  private static void assertRebuilds(String before, String after, ULocale language) {
    List<WordDiff.Run> runs = WordDiff.between(before, after, language);
    assertEquals(before, text(runs, WordDiff.INSERT), "equal + delete runs give the old text");
    assertEquals(after, text(runs, WordDiff.DELETE), "equal + insert runs give the new text");
    for (int i = 0; i < runs.size(); i++) {
      assertFalse(runs.get(i).text().isEmpty(), "no empty run");
      if (i > 0) {
        assertTrue(
            !runs.get(i).op().equals(runs.get(i - 1).op()), () -> "adjacent runs merged: " + runs);
      }
    }
  }

  private static String text(List<WordDiff.Run> runs, String without) {
    return runs.stream()
        .filter(run -> !run.op().equals(without))
        .map(WordDiff.Run::text)
        .collect(Collectors.joining());
  }

  private static String randomText(Random random, String[] words) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      text.append(words[random.nextInt(words.length)]);
    }
    return text.toString();
  }

  private static String randomWords(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ");
      int length = 3 + random.nextInt(8);
      for (int j = 0; j < length; j++) {
        text.append((char) ('а' + random.nextInt(32)));
      }
    }
    return text.toString();
  }

  private static WordDiff.Run equal(String text) {
    return new WordDiff.Run(WordDiff.EQUAL, text);
  }

  private static WordDiff.Run insert(String text) {
    return new WordDiff.Run(WordDiff.INSERT, text);
  }

  private static WordDiff.Run delete(String text) {
    return new WordDiff.Run(WordDiff.DELETE, text);
  }
}
