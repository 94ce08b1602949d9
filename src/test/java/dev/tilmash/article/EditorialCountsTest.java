package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Totals are counted once per filter and forgotten when an article changes. */
class EditorialCountsTest {
  private static final String JPQL = "select count(v) from LanguageVersion v where v.language = :l";
  private final AtomicInteger counted = new AtomicInteger();
  private EditorialCounts counts;

  @BeforeEach
  void create() {
    counts = new EditorialCounts();
    counts.seconds = 60;
    counts.create();
  }

  private long count(String language, long total) {
    return counts.count(
        JPQL,
        Map.of("l", language),
        () -> {
          counted.incrementAndGet();
          return total;
        });
  }

  @Test
  void shouldCountEachFilterOnce() {
    assertEquals(7, count("kk", 7));
    assertEquals(7, count("kk", 8));
    assertEquals(3, count("ru", 3));
    assertEquals(2, counted.get());
  }

  @Test
  void shouldCountAgainAfterAnyArticleChanged() {
    count("kk", 7);
    counts.onChange(new ArticleChanged("a1", false));
    assertEquals(8, count("kk", 8));
    assertEquals(2, counted.get());
  }

  @Test
  void shouldNotKeepATotalCountedWhileAnArticleChanged() {
    long total =
        counts.count(
            JPQL,
            Map.of("l", "kk"),
            () -> {
              counts.onChange(new ArticleChanged("a1", true));
              return 7;
            });
    assertEquals(7, total, "served once");
    assertEquals(8, count("kk", 8), "but counted again next time");
  }
}
