package dev.tilmash.webhook;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook figures against a running Tilmash whose settings let webhooks reach loopback ({@code
 * tilmash.webhooks.allow-private-targets=true}) and that has the demo accounts. Not a test.
 *
 * <ol>
 *   <li>Latency: {@code EVENTS} articles are published one after another; for each, the time from
 *       the publish answer (the commit is before it) to the receipt of its {@code
 *       version.published} on a receiver on loopback. Median and p99.
 *   <li>Throughput: {@code BURST} pings queued at once. The receiver holds its answers to the
 *       first batch until every ping is queued (the server's {@code tilmash.webhooks.read-timeout}
 *       must outlast the queueing), so the outbox is stopped with the whole burst pending; then it
 *       answers, and the drain is timed: deliveries per second from the release to the last
 *       received.
 * </ol>
 *
 * <pre>java -cp … dev.tilmash.webhook.WebhookBench http://localhost:9841/tilmash-it/api/v1/ 200 10000</pre>
 */
public final class WebhookBench {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ARTICLE = Pattern.compile("\"articleId\"\\s*:\\s*\"([^\"]+)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final URI api;
  private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
  private final AtomicInteger pings = new AtomicInteger();
  private final AtomicLong lastPingAt = new AtomicLong();
  private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
  private volatile boolean holding;

  private WebhookBench(URI api) {
    this.api = api;
  }

  public static void main(String[] args) throws Exception {
    URI api = URI.create(args.length > 0 ? args[0] : "http://localhost:9080/api/v1/");
    int events = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int burst = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    new WebhookBench(api).run(events, burst);
  }

  private void run(int events, int burst) throws Exception {
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    receiver.setExecutor(Executors.newFixedThreadPool(64));
    receiver.createContext(
        "/hook",
        exchange -> {
          long now = System.nanoTime();
          String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          if (body.contains("\"webhook.ping\"")) {
            if (holding) {
              try {
                released.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              now = System.nanoTime();
            }
            pings.incrementAndGet();
            lastPingAt.set(now);
          } else {
            Matcher article = ARTICLE.matcher(body);
            if (article.find()) {
              receivedAt.putIfAbsent(article.group(1), now);
            }
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    String endpoint =
        id(send("admin", "POST", "webhooks", "{\"url\":\"" + hook + "\",\"events\":[\"version.published\"]}"));
    try {
      latency(events);
      throughput(endpoint, burst);
    } finally {
      send("admin", "DELETE", "webhooks/" + endpoint, null);
      receiver.stop(0);
      ((ExecutorService) receiver.getExecutor()).shutdownNow();
    }
  }

  private void latency(int events) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      String article =
          id(
              send(
                  "editor",
                  "POST",
                  "articles",
                  "{\"sourceLanguage\":\"en\",\"title\":\"Webhook bench "
                      + System.nanoTime()
                      + "\",\"summary\":\"s\",\"body\":\"b\",\"tags\":[\"bench\"]}"));
      String steps = "articles/" + article + "/versions/en/transitions";
      send("editor", "POST", steps, "{\"action\":\"submit\"}");
      send("editor2", "POST", steps, "{\"action\":\"approve\"}");
      send("editor", "POST", steps, "{\"action\":\"publish\"}");
      long committed = System.nanoTime();
      while (!receivedAt.containsKey(article)) {
        Thread.sleep(0, 200_000);
      }
      millis.add((receivedAt.get(article) - committed) / 1e6);
    }
    Collections.sort(millis);
    System.out.printf(
        "latency over %d events: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
        events,
        millis.get(millis.size() / 2),
        millis.get((int) Math.ceil(millis.size() * 0.99) - 1),
        millis.get(millis.size() - 1));
  }

  private void throughput(String endpoint, int burst) throws Exception {
    holding = true;
    ExecutorService clients = Executors.newFixedThreadPool(8);
    AtomicInteger queued = new AtomicInteger();
    long start = System.nanoTime();
    for (int i = 0; i < burst; i++) {
      clients.execute(
          () -> {
            send("admin", "POST", "webhooks/" + endpoint + "/ping", null);
            queued.incrementAndGet();
          });
    }
    clients.shutdown();
    clients.awaitTermination(1, TimeUnit.HOURS);
    long allQueued = System.nanoTime();
    int early = pings.get();
    holding = false;
    long release = System.nanoTime();
    released.countDown();
    while (pings.get() < burst) {
      Thread.sleep(5);
    }
    double drain = (lastPingAt.get() - release) / 1e9;
    System.out.printf(
        "burst of %d: queued in %.1f s (%.0f/s) while the receiver held the first batch (%d"
            + " answered before); drained in %.1f s after the release: %.0f deliveries/s%n",
        burst,
        (allQueued - start) / 1e9,
        queued.get() / ((allQueued - start) / 1e9),
        early,
        drain,
        (burst - early) / drain);
  }

  private String send(String user, String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.resolve(path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String id(String json) {
    Matcher id = ID.matcher(json);
    if (!id.find()) {
      throw new IllegalStateException("No id in " + json);
    }
    return id.group(1);
  }
}
