package dev.tilmash.interchange;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reason a file does not fit the version it is imported into, as listed in the {@code problems}
 * member of a 422: {@code kind} is stable (see {@link Kind}), {@code unit} names the unit where
 * there is one, {@code expected} and {@code found} say what differed.
 */
public record XliffFinding(String kind, String unit, String expected, String found) {

  /** The kinds of findings, as they appear in the problem's {@code problems} list. */
  public enum Kind {
    NOT_XLIFF("not-xliff"),
    VERSION("version"),
    FILE_COUNT("file-count"),
    SOURCE_LANGUAGE("source-language"),
    TARGET_LANGUAGE("target-language"),
    ARTICLE("article"),
    SOURCE_REVISION("source-revision"),
    MISSING_UNIT("missing-unit"),
    EXTRA_UNIT("extra-unit"),
    DUPLICATE_UNIT("duplicate-unit"),
    SOURCE_CHANGED("source-changed"),
    UNKNOWN_CODE("unknown-code"),
    UNTRANSLATED("untranslated");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public static XliffFinding of(Kind kind, String unit) {
    return new XliffFinding(kind.id(), unit, null, null);
  }

  public static XliffFinding of(Kind kind, String expected, String found) {
    return new XliffFinding(kind.id(), null, expected, found);
  }

  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", kind);
    if (unit != null) {
      map.put("unit", unit);
    }
    if (expected != null) {
      map.put("expected", expected);
    }
    if (found != null) {
      map.put("found", found);
    }
    return map;
  }
}
