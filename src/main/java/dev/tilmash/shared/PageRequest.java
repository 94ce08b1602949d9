package dev.tilmash.shared;

import java.util.Map;

/** A validated page number and size: page from 0, size from 1 to {@value #MAX_SIZE}. */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public static PageRequest of(Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0 || p > 1_000_000) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", java.util.List.of("page")));
    }
    if (s < 1 || s > MAX_SIZE) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", java.util.List.of("size")));
    }
    return new PageRequest(p, s);
  }

  public int offset() {
    return page * size;
  }
}
