package dev.tilmash.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 response as it came off the socket: the status, the headers (names in lower case,
 * the last of a repeated header) and the body with any chunked framing removed.
 */
public record RawResponse(int status, Map<String, String> headers, byte[] body) {

  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The media type without parameters, in lower case; empty when there is none. */
  public String mediaType() {
    String type = header("Content-Type");
    return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a complete response (the server closed the connection after it).
   *
   * @throws IllegalArgumentException when the bytes do not start with an HTTP status line
   */
  public static RawResponse parse(byte[] raw) {
    int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
    if (end < 0) {
      throw new IllegalArgumentException("no complete header block");
    }
    String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
      throw new IllegalArgumentException("not a status line: " + lines[0]);
    }
    int status = Integer.parseInt(statusLine[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
      body = unchunk(body);
    }
    return new RawResponse(status, headers, body);
  }

  private static byte[] unchunk(byte[] framed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < framed.length) {
      int lineEnd = indexOf(framed, new byte[] {'\r', '\n'}, at);
      if (lineEnd < 0) {
        break;
      }
      String sizeField = new String(framed, at, lineEnd - at, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(sizeField.split(";", 2)[0].strip(), 16);
      if (size == 0) {
        break;
      }
      int start = lineEnd + 2;
      out.write(framed, start, Math.min(size, framed.length - start));
      at = start + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
