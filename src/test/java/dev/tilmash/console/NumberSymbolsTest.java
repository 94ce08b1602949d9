package dev.tilmash.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

class NumberSymbolsTest {
  private static NumberSymbols of(String tag) {
    return NumberSymbols.of(ULocale.forLanguageTag(tag));
  }

  @Test
  void shouldWriteKazakhAndUzbekNumbersAsCldrDoes() {
    for (String tag : new String[] {"kk", "uz", "ru"}) {
      NumberSymbols symbols = of(tag);
      assertEquals(",", symbols.decimal(), tag);
      assertEquals("\u00a0", symbols.group(), tag);
    }
  }

  @Test
  void shouldWriteEnglishAndChineseNumbersWithACommaForThousands() {
    assertEquals(new NumberSymbols(".", ",", "-", "{0}%"), of("en"));
    assertEquals(".", of("zh").decimal());
    assertEquals(",", of("zh").group());
  }

  @Test
  void shouldPutThePercentSignWhereTheLanguageDoes() {
    assertEquals("{0}\u00a0%", of("ru").percent());
    assertEquals("{0}%", of("zh").percent());
  }
}
