package dev.tilmash.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A write's preconditions, read once from its {@code If-Match} and {@code If-None-Match} headers.
 * An {@code If-Match} that is absent, blank or {@code *} names no version, so a write that needs
 * one is refused with 428; one that names only other ETags is refused with 412.
 */
public final class IfMatch {
  private final List<String> tags;
  private final boolean create;

  private IfMatch(List<String> tags, boolean create) {
    this.tags = tags;
    this.create = create;
  }

  /** An update's precondition: {@code If-Match} alone. */
  public static IfMatch of(String ifMatch) {
    return of(ifMatch, null);
  }

  /** A PUT's preconditions: {@code If-None-Match: *} asks to create, else {@code If-Match}. */
  public static IfMatch of(String ifMatch, String ifNoneMatch) {
    boolean create = ifNoneMatch != null && ifNoneMatch.strip().equals("*");
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return new IfMatch(null, create);
    }
    return new IfMatch(Arrays.stream(ifMatch.split(",")).map(String::strip).toList(), create);
  }

  /** Whether the write asks to create what does not exist yet ({@code If-None-Match: *}). */
  public boolean isCreate() {
    return create;
  }

  /** Refuses with 428 unless the write names a version (or asks to create one). */
  public void requirePresent() {
    if (tags == null && !create) {
      throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, Map.of("header", "If-Match"));
    }
  }

  /** Refuses with 428 when no ETag is named, and with 412 when none of them is {@code etag}. */
  public void requireFor(String etag) {
    if (tags == null) {
      throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, Map.of("header", "If-Match"));
    }
    checkFor(etag);
  }

  /** Refuses with 412 when ETags are named and none of them is {@code etag}; none named passes. */
  public void checkFor(String etag) {
    if (tags != null && !tags.contains(etag)) {
      throw new ProblemException(ProblemType.STALE_ETAG, Map.of("etag", etag));
    }
  }
}
