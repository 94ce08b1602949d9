package dev.tilmash.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request, built field by field and written as bytes exactly as set: a path or header
 * may hold any byte (characters up to U+00FF are written as that byte), and the body is framed by a
 * computed {@code Content-Length} unless the request sets its own framing.
 */
public final class RawRequest {
  private final String method;
  private String path;
  private String query;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final List<String> extraHeaderLines = new ArrayList<>();
  private byte[] body;
  private boolean framed = true;
  private boolean sendHost = true;
  private String note = "";

  /**
   * @param path the path below the API root, raw (already percent-encoded where it should be)
   * @param query the raw query string without {@code ?}, or null
   */
  public RawRequest(String method, String path, String query) {
    this.method = method;
    this.path = path;
    this.query = query;
    headers.put("Accept", "application/json");
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public String query() {
    return query;
  }

  public boolean hasBody() {
    return body != null;
  }

  public byte[] body() {
    return body;
  }

  public RawRequest path(String raw) {
    this.path = raw;
    return this;
  }

  public RawRequest query(String raw) {
    this.query = raw;
    return this;
  }

  /** Signs in as a demo user (password {@code demo}) with HTTP Basic. */
  public RawRequest as(String user) {
    if (user != null) {
      String pair = user + ":demo";
      header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    return this;
  }

  public boolean signedIn() {
    return headers.containsKey("Authorization");
  }

  public RawRequest header(String name, String value) {
    headers.remove(canonical(name));
    headers.put(canonical(name), value);
    return this;
  }

  public RawRequest without(String name) {
    headers.remove(canonical(name));
    return this;
  }

  /** Sends no Host header at all. */
  public RawRequest withoutHost() {
    headers.remove("Host");
    sendHost = false;
    return this;
  }

  /** A header line written as is, after the others (a repeated or malformed header). */
  public RawRequest rawHeaderLine(String line) {
    extraHeaderLines.add(line);
    return this;
  }

  public RawRequest body(String contentType, byte[] content) {
    this.body = content;
    this.framed = true;
    return header("Content-Type", contentType);
  }

  /** A body sent exactly as given, with no Content-Length added: the caller frames it. */
  public RawRequest unframedBody(byte[] content) {
    this.body = content;
    this.framed = false;
    headers.remove("Content-Length");
    return this;
  }

  /** What the fuzz did to this request, for the report. */
  public RawRequest note(String text) {
    this.note = text;
    return this;
  }

  public String describe() {
    String target = path + (query == null ? "" : "?" + query);
    return method + " " + Printable.of(target, 110) + (note.isEmpty() ? "" : " [" + note + "]");
  }

  /** The request's bytes; {@code root} is the application's context path, such as {@code /app/}. */
  public byte[] bytes(String root, String hostHeader) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(root).append(path);
    if (query != null) {
      head.append('?').append(query);
    }
    head.append(" HTTP/1.1\r\n");
    if (sendHost && !headers.containsKey("Host")) {
      head.append("Host: ").append(hostHeader).append("\r\n");
    }
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null && framed && !headers.containsKey("Content-Length")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    extraHeaderLines.forEach(line -> head.append(line).append("\r\n"));
    head.append("Connection: close\r\n\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (body != null) {
      out.writeBytes(body);
    }
    return out.toByteArray();
  }

  private static String canonical(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "host" -> "Host";
      case "accept" -> "Accept";
      case "authorization" -> "Authorization";
      case "content-type" -> "Content-Type";
      case "content-length" -> "Content-Length";
      case "transfer-encoding" -> "Transfer-Encoding";
      case "if-match" -> "If-Match";
      default -> name;
    };
  }
}
