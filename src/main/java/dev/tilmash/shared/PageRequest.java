package dev.tilmash.shared;

import java.util.List;
import java.util.Map;

/**
 * A validated page number and size: page from 0 to {@value #MAX_PAGE}, size from 1 to {@value
 * #MAX_SIZE}. A value out of range is a 400 {@code invalid-field} that says the bounds ({@code
 * min}, {@code max}).
 */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 1_000_000;

  /** The page that the {@code page} and {@code size} query parameters ask for, as sent. */
  public static PageRequest parse(String page, String size) {
    return of(Parameters.integer("page", page), Parameters.integer("size", size));
  }

  public static PageRequest of(Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0 || p > MAX_PAGE) {
      throw outOfRange("page", 0, MAX_PAGE);
    }
    if (s < 1 || s > MAX_SIZE) {
      throw outOfRange("size", 1, MAX_SIZE);
    }
    return new PageRequest(p, s);
  }

  public int offset() {
    return page * size;
  }

  private static ProblemException outOfRange(String field, int min, int max) {
    return new ProblemException(
        ProblemType.INVALID_FIELD, Map.of("fields", List.of(field), "min", min, "max", max));
  }
}
