package dev.tilmash.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FuzzyIndexTest {
  private static List<String> tokens(String text, String language) {
    return NormalizedText.of(text, language).tokens();
  }

  @Test
  void shouldFindASlightlyChangedRussianSentence() {
    FuzzyIndex index = new FuzzyIndex();
    index.add(1, tokens("Порт Актау в прошлом году перевалил четыре миллиона тонн грузов", "ru"));
    index.add(2, tokens("Министры обсудили транспортный коридор через Каспийское море", "ru"));

    List<FuzzyIndex.Hit> hits =
        index.search(
            tokens("Порт Курык в прошлом году перевалил четыре миллиона тонн грузов", "ru"),
            0.75,
            5);

    assertEquals(List.of(new FuzzyIndex.Hit(1, 0.9)), hits);
  }

  @Test
  void shouldRankBestFirstThenNewestAndKeepTheLimit() {
    FuzzyIndex index = new FuzzyIndex();
    index.add(10, tokens("a b c d", "en"));
    index.add(11, tokens("a b c x", "en"));
    index.add(12, tokens("a b c y", "en"));
    index.add(13, tokens("p q r s", "en"));

    List<FuzzyIndex.Hit> hits = index.search(tokens("a b c d", "en"), 0.75, 2);

    assertEquals(List.of(new FuzzyIndex.Hit(10, 1.0), new FuzzyIndex.Hit(12, 0.75)), hits);
  }

  @Test
  void shouldCountASegmentAddedTwiceOnce() {
    FuzzyIndex index = new FuzzyIndex();
    index.add(7, tokens("Қазақстан экспорты өсті", "kk"));
    index.add(7, tokens("Қазақстан экспорты өсті", "kk"));

    assertEquals(1, index.search(tokens("Қазақстан экспорты өсті", "kk"), 0.75, 5).size());
    assertEquals(2 * 3 + 2, index.weight());
  }

  @Test
  void shouldFindChineseMatchesByWords() {
    FuzzyIndex index = new FuzzyIndex();
    index.add(1, tokens("中国和俄罗斯的贸易去年增长了", "zh"));
    index.add(2, tokens("阿克套港处理了四百万吨货物", "zh"));

    List<FuzzyIndex.Hit> hits = index.search(tokens("中国和日本的贸易去年增长了", "zh"), 0.75, 5);

    assertEquals(List.of(new FuzzyIndex.Hit(1, 0.875)), hits);
  }

  /** The rare-token filter must lose nothing that comparing with every segment finds. */
  @Test
  void shouldFindExactlyWhatComparingWithEverySegmentFinds() {
    Random random = new Random(42);
    List<List<String>> segments = new ArrayList<>();
    FuzzyIndex index = new FuzzyIndex();
    for (int id = 0; id < 3000; id++) {
      List<String> segment = sentence(random);
      segments.add(segment);
      index.add(id, segment);
    }
    for (int q = 0; q < 200; q++) {
      List<String> query = mutate(segments.get(random.nextInt(segments.size())), random);
      for (double minimum : new double[] {0.5, 0.75, 0.9}) {
        List<FuzzyIndex.Hit> expected = new ArrayList<>();
        for (int id = 0; id < segments.size(); id++) {
          double similarity = TokenSimilarity.of(query, segments.get(id));
          if (similarity >= minimum) {
            expected.add(new FuzzyIndex.Hit(id, similarity));
          }
        }
        expected.sort(
            Comparator.comparingDouble(FuzzyIndex.Hit::similarity)
                .reversed()
                .thenComparing(Comparator.comparingLong(FuzzyIndex.Hit::id).reversed()));
        assertEquals(expected, index.search(query, minimum, Integer.MAX_VALUE), query::toString);
      }
    }
  }

  private static List<String> sentence(Random random) {
    List<String> words = new ArrayList<>();
    int length = 3 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      // a skewed vocabulary: a few very common words, many rare ones
      int word = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 400);
      words.add("w" + word);
    }
    return words;
  }

  private static List<String> mutate(List<String> segment, Random random) {
    List<String> words = new ArrayList<>(segment);
    int edits = random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(words.size() + 1);
      switch (random.nextInt(3)) {
        case 0 -> words.add(at, "w" + random.nextInt(400));
        case 1 -> {
          if (words.size() > 1) {
            words.remove(Math.min(at, words.size() - 1));
          }
        }
        default -> words.set(Math.min(at, words.size() - 1), "w" + random.nextInt(400));
      }
    }
    return words;
  }
}
