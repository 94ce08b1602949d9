package dev.tilmash.console;

import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * How a UI language writes numbers, from ICU's CLDR data, for the console: Chromium's own data
 * falls back to English for Kazakh and Uzbek ({@code 12,345.5} where CLDR writes {@code 12 345,5}).
 *
 * @param decimal the decimal separator
 * @param group the grouping separator (for kk, ru and uz a no-break space)
 * @param minus the minus sign
 * @param percent a whole percentage, with {@code {0}} where the number goes ({@code {0}%}, {@code
 *     {0} %})
 */
public record NumberSymbols(String decimal, String group, String minus, String percent) {
  private static final double SAMPLE = 0.45;

  public static NumberSymbols of(ULocale locale) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    String percent = NumberFormat.getPercentInstance(locale).format(SAMPLE).replace("45", "{0}");
    return new NumberSymbols(
        symbols.getDecimalSeparatorString(),
        symbols.getGroupingSeparatorString(),
        symbols.getMinusSignString(),
        percent);
  }
}
