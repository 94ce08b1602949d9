package dev.tilmash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles sorted as their readers expect, by ICU collation and by the keys the index sorts on. */
class TitleCollationTest {
  private static final List<String> KAZAKH_ORDER =
      List.of("Алма", "Әбу", "Бала", "Гүл", "Ғарыш", "Дала", "Ыдыс", "Іс", "Эко", "Ясы");

  private static List<String> shuffled() {
    return List.of("Ясы", "Ғарыш", "Іс", "Бала", "Әбу", "Эко", "Дала", "Алма", "Ыдыс", "Гүл");
  }

  @Test
  void shouldPutӘAfterАAndҒAfterГInKazakh() {
    assertEquals(KAZAKH_ORDER, shuffled().stream().sorted(TitleCollation.order("kk")).toList());
  }

  @Test
  void shouldSortKazakhKeysInTheCollatorsOrder() {
    assertEquals(
        KAZAKH_ORDER,
        shuffled().stream()
            .sorted(Comparator.comparing(t -> TitleCollation.key("kk", t)))
            .toList());
  }

  @Test
  void shouldDifferFromCodePointOrder() {
    assertNotEquals(KAZAKH_ORDER, shuffled().stream().sorted().toList());
  }

  @Test
  void shouldIgnoreCaseBeforeLetters() {
    assertEquals(
        List.of("ғарыш", "Ғылым"),
        List.of("Ғылым", "ғарыш").stream().sorted(TitleCollation.order("kk")).toList());
  }
}
