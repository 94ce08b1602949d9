package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnumParamTest {
  private static final List<DayOfWeek> WEEKEND = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private static String name(DayOfWeek day) {
    return day.name().toLowerCase(Locale.ROOT);
  }

  @Test
  void shouldFindTheValueByItsName() {
    assertEquals(DayOfWeek.SUNDAY, EnumParam.parse("day", "sunday", WEEKEND, EnumParamTest::name));
  }

  @Test
  void shouldRefuseAnotherNameListingTheAllowedOnes() {
    for (String value : new String[] {"monday", "Sunday", null}) {
      ProblemException refused =
          assertThrows(
              ProblemException.class,
              () -> EnumParam.parse("day", value, WEEKEND, EnumParamTest::name));
      assertEquals(ProblemType.INVALID_FIELD, refused.type());
      assertEquals(
          Map.of("fields", List.of("day"), "allowedValues", List.of("saturday", "sunday")),
          refused.arguments());
    }
  }
}
