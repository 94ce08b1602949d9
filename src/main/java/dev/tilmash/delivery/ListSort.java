package dev.tilmash.delivery;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The order of a delivery list: newest first (the default) or by title, A to Я in ICU order. */
public enum ListSort {
  PUBLISHED,
  TITLE;

  /** The {@code sort} parameter; absent or blank is {@link #PUBLISHED}. */
  public static ListSort parse(String value) {
    if (value == null || value.isBlank()) {
      return PUBLISHED;
    }
    return Arrays.stream(values())
        .filter(sort -> sort.name().equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.INVALID_FIELD,
                    Map.of(
                        "fields",
                        List.of("sort"),
                        "allowedValues",
                        Arrays.stream(values())
                            .map(sort -> sort.name().toLowerCase(Locale.ROOT))
                            .toList())));
  }
}
