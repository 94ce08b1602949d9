package dev.tilmash.vocabulary;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Arrays;
import java.util.Map;

/**
 * The two kinds of term: tags (any number per article) and sections (at most one per article). Each
 * kind has its own keys and its own slugs, so a tag and a section may both be {@code trade}.
 */
public enum TermKind {
  TAG("tag", "tags"),
  SECTION("section", "sections");

  private final String id;
  private final String collection;

  TermKind(String id, String collection) {
    this.id = id;
    this.collection = collection;
  }

  /** The name stored in the database ({@code tag}). */
  public String id() {
    return id;
  }

  /** The path segment of the kind's collection ({@code /vocabulary/tags}). */
  public String collection() {
    return collection;
  }

  /** The kind a path segment names; anything else is a 404, as a path that does not exist. */
  public static TermKind ofCollection(String segment) {
    return Arrays.stream(values())
        .filter(kind -> kind.collection.equals(segment))
        .findFirst()
        .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, Map.of()));
  }

  static TermKind ofId(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst().orElseThrow();
  }
}
