package dev.tilmash.search;

import dev.tilmash.shared.EnumParam;
import java.util.List;
import java.util.Locale;

/** The order of a delivery list: newest first (the default) or by title, A to Я in ICU order. */
public enum ListSort {
  PUBLISHED,
  TITLE;

  /** The {@code sort} parameter; absent or blank is {@link #PUBLISHED}. */
  public static ListSort parse(String value) {
    if (value == null || value.isBlank()) {
      return PUBLISHED;
    }
    return EnumParam.parse(
        "sort",
        value.strip().toLowerCase(Locale.ROOT),
        List.of(values()),
        sort -> sort.name().toLowerCase(Locale.ROOT));
  }
}
