package dev.tilmash.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request from another local source address (Linux routes all of 127/8 to the loopback
 * device), so that a test can be a second client machine. Java's HttpClient cannot choose its
 * source address before Java 19.
 */
final class FromAddress {
  private FromAddress() {}

  /** The status code of {@code method path} sent from {@code source} with these header lines. */
  static int status(
      String source, URL base, String method, String path, String body, String... headers) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(source, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request =
          new StringBuilder(method + " " + base.getPath() + path + " HTTP/1.1\r\n")
              .append("Host: localhost:" + base.getPort() + "\r\n")
              .append("Connection: close\r\n")
              .append("Content-Length: " + content.length + "\r\n");
      for (String header : headers) {
        request.append(header).append("\r\n");
      }
      request.append("\r\n");
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().write(content);
      socket.getOutputStream().flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return Integer.parseInt(response.substring(9, 12));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
