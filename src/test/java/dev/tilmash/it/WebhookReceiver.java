package dev.tilmash.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client site's webhook receiver on loopback, in the test JVM: it answers with the status the
 * test sets (one after another: 500 then 200) and keeps every request it got. It can go down and
 * come back on the same port.
 */
final class WebhookReceiver implements AutoCloseable {
  /** One request as the receiver got it. */
  record Received(Map<String, List<String>> headers, String body, long receivedNanos) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    /** Header names lower-cased, as the reference library looks them up. */
    Map<String, List<String>> lowerCaseHeaders() {
      Map<String, List<String>> lower = new java.util.HashMap<>();
      headers.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
      return lower;
    }
  }

  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final BlockingQueue<Integer> statuses = new LinkedBlockingQueue<>();
  private final AtomicInteger lastStatus = new AtomicInteger(200);
  private final int port;
  private HttpServer server;

  private WebhookReceiver(int port) {
    this.port = port;
  }

  static WebhookReceiver start() {
    WebhookReceiver receiver = new WebhookReceiver(0);
    receiver.up();
    return receiver;
  }

  /** Answers these statuses in turn, then the last one for ever. */
  WebhookReceiver answering(Integer... codes) {
    statuses.addAll(List.of(codes));
    lastStatus.set(codes[codes.length - 1]);
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  void down() {
    server.stop(0);
  }

  void up() {
    try {
      int at = server == null ? port : server.getAddress().getPort();
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), at), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/hook",
        exchange -> {
          long at = System.nanoTime();
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, at));
          Integer next = statuses.poll();
          int status = next == null ? lastStatus.get() : next;
          byte[] answer = ("answered " + status).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  /** The next request, waiting for it as long as a retry may take on a busy machine. */
  Received next() throws InterruptedException {
    Received next = received.poll(90, TimeUnit.SECONDS);
    if (next == null) {
      throw new AssertionError("The receiver got no request");
    }
    return next;
  }

  int count() {
    return received.size();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
