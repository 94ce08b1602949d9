package dev.tilmash.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 as bytes over a socket, for requests that an HTTP client would refuse to send or would
 * normalise first: broken escapes, raw control bytes, dot-segments, unparseable headers, broken
 * chunked framing. One request per connection ({@code Connection: close}).
 */
final class RawHttp {
  private final String host;
  private final int port;
  private final String contextPath;

  RawHttp(URL deployment) {
    this.host = deployment.getHost();
    this.port = deployment.getPort();
    this.contextPath = deployment.getPath().replaceAll("/+$", "");
  }

  /** The target of a path under the deployment, e.g. {@code api/v1/languages}. */
  String target(String path) {
    return contextPath + "/" + path;
  }

  static String basic(String user) {
    String pair = user + ":" + Api.PASSWORD;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** A request head from its lines (no line ends), with Host and Connection: close added. */
  Reply send(String method, String target, String... headers) {
    return send(method, target, new byte[0], headers);
  }

  Reply send(String method, String target, byte[] body, String... headers) {
    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    boolean hasHost = false;
    for (String header : headers) {
      hasHost |= header.regionMatches(true, 0, "Host:", 0, 5);
      head.append(header).append("\r\n");
    }
    if (!hasHost) {
      head.append("Host: ").append(host).append(':').append(port).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    request.writeBytes(body);
    return exchange(request.toByteArray());
  }

  private Reply exchange(byte[] request) {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      return Reply.parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The answer: up to the end of its body when it declares a Content-Length, else up to the end of
   * the connection. A server that refused a body it did not read may keep the connection open to
   * drain what the client declared (Liberty does, up to its read timeout), so reading to the end
   * would wait for that, not for the answer.
   */
  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        all.write(buffer, 0, n);
        if (complete(all.toByteArray())) {
          break;
        }
      }
    } catch (java.net.SocketException closedAfterAnswer) {
      // The server may reset the connection once it has answered a request it did not read.
      if (all.size() == 0) {
        throw closedAfterAnswer;
      }
    }
    return all.toByteArray();
  }

  /** Whether {@code raw} holds a whole head and as many body bytes as its Content-Length says. */
  private static boolean complete(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    for (String line : text.substring(0, end).split("\r\n")) {
      if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        return raw.length - (end + 4) >= Long.parseLong(line.substring(15).trim());
      }
    }
    return false;
  }

  /** A parsed response: status, headers (names in lower case) and the body as UTF-8. */
  record Reply(int status, Map<String, String> headers, String body) {
    static Reply parse(byte[] raw) {
      String text = new String(raw, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
      byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body = dechunk(body);
      }
      return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      String text = new String(chunked, StandardCharsets.ISO_8859_1);
      int at = 0;
      while (true) {
        int lineEnd = text.indexOf("\r\n", at);
        int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
        if (size == 0) {
          return out.toByteArray();
        }
        out.write(chunked, lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
      }
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return status + " " + headers.get("content-type") + " " + body;
    }
  }
}
