package dev.tilmash.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

/** The order and separator of dates in figures, per console language, as CLDR writes them. */
class DateEntryTest {

  @Test
  void shouldWriteDayMonthYearWithDotsInRussianAndKazakh() {
    assertEquals(new DateEntry("dmy", "."), DateEntry.of(ULocale.forLanguageTag("ru")));
    assertEquals(new DateEntry("dmy", "."), DateEntry.of(ULocale.forLanguageTag("kk")));
  }

  @Test
  void shouldWriteMonthFirstInEnglishAndYearFirstInChinese() {
    assertEquals(new DateEntry("mdy", "/"), DateEntry.of(ULocale.forLanguageTag("en")));
    assertEquals(new DateEntry("ymd", "/"), DateEntry.of(ULocale.forLanguageTag("zh")));
  }

  @Test
  void shouldWriteDayFirstInUzbek() {
    assertEquals("dmy", DateEntry.of(ULocale.forLanguageTag("uz")).order());
  }

  @Test
  void shouldReadQuotedTextAndFallBackOnAnUnknownShape() {
    assertEquals(new DateEntry("ymd", "-"), DateEntry.fromPattern("y-MM-dd"));
    assertEquals(new DateEntry("dmy", "."), DateEntry.fromPattern("dd.MM.y 'г'."));
    assertEquals(new DateEntry("ymd", "-"), DateEntry.fromPattern("EEEE"));
  }
}
