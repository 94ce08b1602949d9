package dev.tilmash.it.fuzz;

/** The classes of hostile input of issue 10, each a group in the fuzz report. */
public enum Hostility {
  PERCENT_ESCAPES("broken percent-escapes in path or query"),
  CONTROL_BYTES("NUL, DEL and other control bytes in path or query"),
  BRACES("raw { } in path or query"),
  TRAVERSAL("path traversal and paths outside the API"),
  CONTENT_TYPE("unparseable or wrong Content-Type"),
  ACCEPT("unparseable or odd Accept"),
  AUTHORIZATION("malformed Authorization"),
  HOST("malformed Host"),
  CONTENT_LENGTH("malformed Content-Length"),
  CHUNKED("broken chunked framing"),
  JSON_SYNTAX("malformed and lenient JSON (trailing garbage, arrays, comments)"),
  JSON_DUPLICATE_KEYS("duplicate JSON keys"),
  JSON_WRONG_TYPES("wrong JSON types"),
  JSON_INVALID_UTF8("invalid UTF-8 in JSON"),
  JSON_CHARSET("a charset other than UTF-8"),
  JSON_HUGE_NUMBERS("huge, fractional and unknown numbers"),
  PARAMETERS("non-integer and out-of-range paging, numbers and flags"),
  MULTIPART("broken multipart"),
  ARCHIVE("broken or hostile zip archives"),
  XML("malformed XLIFF, DTDs and entities"),
  DEEP_NESTING("deeply nested Markdown and HTML");

  private final String description;

  Hostility(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
