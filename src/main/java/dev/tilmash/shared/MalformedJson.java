package dev.tilmash.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code malformed-request} problems of a JSON body. Each says what is wrong ({@code reason})
 * and where: {@code pointer} is an RFC 6901 JSON Pointer into the body ({@code /roles/0}; empty for
 * the whole document) and {@code field} the top-level member it lies in, so a client can show the
 * error next to the right input.
 */
final class MalformedJson {
  /** The document is not JSON at all, or ends early. */
  static final String SYNTAX = "syntax";

  /** The document is JSON, but not one object. */
  static final String NOT_AN_OBJECT = "not-an-object";

  /** Something follows the object. */
  static final String TRAILING_CONTENT = "trailing-content";

  /** A member name appears twice in one object. */
  static final String DUPLICATE_KEY = "duplicate-key";

  /** A value of the wrong JSON type, or out of range for its field. */
  static final String TYPE = "type";

  /** Bytes that are not UTF-8, or a string with an unpaired surrogate. */
  static final String ENCODING = "encoding";

  /** Objects and arrays nested deeper than anything the API takes. */
  static final String DEPTH = "depth";

  private MalformedJson() {}

  static ProblemException at(String reason, String pointer) {
    return new ProblemException(ProblemType.MALFORMED_REQUEST, members(reason, pointer));
  }

  /** A value that is not what the field takes: {@code expected} names the JSON type or format. */
  static ProblemException wrongType(String pointer, String expected) {
    Map<String, Object> members = members(TYPE, pointer);
    members.put("expected", expected);
    return new ProblemException(ProblemType.MALFORMED_REQUEST, members);
  }

  /** A string that is none of the values the field takes. */
  static ProblemException notOneOf(String pointer, List<String> allowed) {
    Map<String, Object> members = members(TYPE, pointer);
    members.put("expected", "string");
    members.put("allowed", allowed);
    return new ProblemException(ProblemType.MALFORMED_REQUEST, members);
  }

  private static Map<String, Object> members(String reason, String pointer) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("reason", reason);
    members.put("pointer", pointer);
    String field = topLevelField(pointer);
    if (!field.isEmpty()) {
      members.put("field", field);
    }
    return members;
  }

  /** The first segment of a pointer, unescaped: {@code /roles/0} is in {@code roles}. */
  static String topLevelField(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    int end = pointer.indexOf('/', 1);
    String segment = end < 0 ? pointer.substring(1) : pointer.substring(1, end);
    return segment.replace("~1", "/").replace("~0", "~");
  }

  /**
   * One reference token of a pointer (RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}).
   */
  static String segment(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
