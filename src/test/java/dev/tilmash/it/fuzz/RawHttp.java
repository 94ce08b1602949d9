package dev.tilmash.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Sends request bytes exactly as given over a plain socket, so that no client library normalises a
 * path, fixes a header or reframes a body, and reads the answer until the server closes.
 */
public final class RawHttp {
  /** How long a connection or a silent read may take before the request counts as unanswered. */
  private static final int TIMEOUT_MILLIS = 30_000;

  private static final int MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

  private final String host;
  private final int port;

  public RawHttp(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** The server's answer, or why there was none. */
  public record Exchange(RawResponse response, String failure) {
    public boolean answered() {
      return response != null;
    }
  }

  public Exchange send(byte[] request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      try {
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        // Half-close: a server that would wait for more body (after a framing it misread) reads
        // the end instead, so a request is never left waiting for bytes that will not come.
        socket.shutdownOutput();
      } catch (IOException refusedMidway) {
        // The server may answer and close before it has read the whole request; read that answer.
      }
      byte[] raw = readAll(socket.getInputStream());
      if (raw.length == 0) {
        return new Exchange(null, "connection closed without an answer");
      }
      try {
        return new Exchange(RawResponse.parse(raw), null);
      } catch (IllegalArgumentException e) {
        return new Exchange(null, "unreadable answer: " + e.getMessage());
      }
    } catch (SocketTimeoutException e) {
      return new Exchange(null, "no answer within " + TIMEOUT_MILLIS / 1000 + " s");
    } catch (IOException e) {
      return new Exchange(null, "connection failed: " + e.getMessage());
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    try {
      for (int n; (n = in.read(buffer)) >= 0 && raw.size() < MAX_RESPONSE_BYTES; ) {
        raw.write(buffer, 0, n);
      }
    } catch (IOException cutShort) {
      // A reset or a silence after the answer (the server closed with unread request bytes, or
      // kept the connection open) keeps what came.
      if (raw.size() == 0) {
        throw cutShort;
      }
    }
    return raw.toByteArray();
  }
}
