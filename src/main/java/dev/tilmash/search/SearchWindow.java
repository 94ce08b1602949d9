package dev.tilmash.search;

import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.List;
import java.util.Map;

/**
 * How deep a list answered by the search index can be paged: the first {@value #MAX_RESULTS}
 * results, as search engines allow, because every page is cut from the top hits.
 */
public final class SearchWindow {
  public static final int MAX_RESULTS = 10_000;

  private SearchWindow() {}

  public static void check(PageRequest page) {
    if ((long) page.offset() + page.size() > MAX_RESULTS) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", List.of("page"), "maxResults", MAX_RESULTS));
    }
  }
}
