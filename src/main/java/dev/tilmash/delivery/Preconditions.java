package dev.tilmash.delivery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Whether a conditional GET is answered 304 (RFC 9110, section 13.2.2): {@code If-None-Match} is
 * decided by weak comparison of entity tags and, when present, makes {@code If-Modified-Since}
 * irrelevant; an unparseable date is ignored.
 */
final class Preconditions {
  private Preconditions() {}

  static boolean notModified(
      String etag, Instant lastModified, String ifNoneMatch, String ifModifiedSince) {
    if (ifNoneMatch != null) {
      return matchesAny(etag, ifNoneMatch);
    }
    if (ifModifiedSince == null || lastModified == null) {
      return false;
    }
    return HttpDates.parse(ifModifiedSince)
        .map(since -> !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since))
        .orElse(false);
  }

  private static boolean matchesAny(String etag, String ifNoneMatch) {
    String ours = opaque(etag);
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || opaque(tag).equals(ours)) {
        return true;
      }
    }
    return false;
  }

  /** The quoted part of an entity tag, without the weakness prefix. */
  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
