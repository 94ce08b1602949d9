package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prometheus metrics on a real Liberty: {@code /metrics} only over HTTPS and only for the scraper
 * account (src/test/liberty's metrics.xml), and the application's series move when requests, cache
 * hits and misses, searches and webhook deliveries happen. Each test compares a value before and
 * after what it does, so other tests' traffic on the same server cannot fail it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {
  private static final String REQUESTS = "tilmash_requests_total";
  private static final String CACHE = "tilmash_delivery_cache_total";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  private Api api;
  private Newsroom newsroom;

  @BeforeEach
  void connect() {
    api = Api.anonymous(base);
    newsroom = new Newsroom(api);
  }

  @Test
  void shouldRefuseAnAnonymousScrape() {
    Scrape anonymous = Scrape.https(null, null);
    assertEquals(401, anonymous.status(), anonymous::toString);
    assertNotHtml(anonymous);
    assertFalse(anonymous.body().contains(REQUESTS), "no figure without the credential");

    Scrape wrongPassword = Scrape.https(Scrape.USER, "guess");
    assertEquals(401, wrongPassword.status(), wrongPassword::toString);
    assertNotHtml(wrongPassword);

    Scrape editor = Scrape.https("editor", Api.PASSWORD);
    assertEquals(401, editor.status(), "an editor of the newsroom is no scraper");

    Scrape plain = Scrape.http();
    assertNotEquals(200, plain.status(), plain::toString);
    assertFalse(plain.body().contains(REQUESTS), "never over plain HTTP");
  }

  @Test
  void shouldServePrometheusTextToTheScraper() {
    Scrape scrape = Scrape.now();
    assertTrue(scrape.contentType().startsWith("text/plain"), scrape::contentType);
    assertTrue(scrape.body().contains("# TYPE " + REQUESTS + " counter"), scrape::body);
    for (String series :
        List.of(
            CACHE,
            "tilmash_search_seconds_count",
            "tilmash_release_lag_seconds_count",
            "tilmash_webhooks_pending",
            "tilmash_webhooks_failed",
            "tilmash_webhooks_disabled_endpoints",
            "tilmash_webhooks_oldest_pending_seconds")) {
      assertTrue(scrape.has(series), () -> series + " missing in\n" + scrape.body());
    }
  }

  @Test
  void shouldCountRequestsByEndpointFamilyAndStatusClass() {
    Map<String, String> languages = Map.of("family", "languages", "status", "2xx");
    Map<String, String> missing = Map.of("family", "content", "status", "4xx");
    Scrape before = Scrape.now();
    for (int i = 0; i < 3; i++) {
      assertEquals(200, api.get("languages").status());
    }
    assertEquals(404, api.get("content/articles/no-such-article-anywhere").status());

    Scrape after = Scrape.now();
    assertTrue(
        after.value(REQUESTS, languages) >= before.value(REQUESTS, languages) + 3,
        () -> "languages 2xx: " + after.value(REQUESTS, languages));
    assertTrue(after.value(REQUESTS, missing) >= before.value(REQUESTS, missing) + 1);
    assertFalse(after.body().contains("no-such-article-anywhere"), "never a raw path as a label");
  }

  @Test
  void shouldCountDeliveryCacheMissesAndHitsAndTimeSearches() {
    String id = newsroom.article("Metrics corridor " + System.nanoTime(), "Counted.");
    newsroom.publish(id, "en", "editor");
    Map<String, String> miss = Map.of("kind", "article", "result", "miss");
    Map<String, String> hit = Map.of("kind", "article", "result", "hit");
    Map<String, String> search = Map.of("kind", "public");
    Scrape before = Scrape.now();

    assertEquals(200, api.get("content/articles/" + id).status(), "rendered");
    assertEquals(200, api.get("content/articles/" + id).status(), "from the cache");
    assertEquals(200, api.get("content/search?q=metricsword" + System.nanoTime()).status());

    Scrape after = Scrape.now();
    assertTrue(after.value(CACHE, miss) >= before.value(CACHE, miss) + 1, "a miss");
    assertTrue(after.value(CACHE, hit) >= before.value(CACHE, hit) + 1, "a hit");
    String searches = "tilmash_search_seconds_count";
    assertTrue(after.value(searches, search) >= before.value(searches, search) + 1, "timed");
  }

  @Test
  void shouldShowTheOutboxInItsGauges() throws Exception {
    try (WebhookReceiver gone = WebhookReceiver.start().answering(410);
        WebhookReceiver down = WebhookReceiver.start()) {
      String failing = endpoint(gone.url());
      assertEquals(202, admin().post("webhooks/" + failing + "/ping", null).status());
      gone.next();
      awaitScrape(s -> s.value("tilmash_webhooks_failed", Map.of()) >= 1);
      awaitScrape(s -> s.value("tilmash_webhooks_disabled_endpoints", Map.of()) >= 1);

      down.down();
      String waiting = endpoint(down.url());
      assertEquals(202, admin().post("webhooks/" + waiting + "/ping", null).status());
      disable(waiting, down.url());
      awaitScrape(s -> s.value("tilmash_webhooks_pending", Map.of()) >= 1);
      awaitScrape(s -> s.value("tilmash_webhooks_oldest_pending_seconds", Map.of()) > 0);
    }
  }

  private Api admin() {
    return api.as("admin");
  }

  /**
   * Disables the endpoint; its deliveries wait. Read again when an attempt changed it meanwhile.
   */
  private void disable(String id, String url) {
    String change = Api.json("url", url, "events", List.of("version.published"), "enabled", false);
    Api.Reply disabled = null;
    for (int i = 0; i < 20 && (disabled == null || disabled.status() == 412); i++) {
      String etag = admin().get("webhooks/" + id).header("ETag");
      disabled = admin().header("If-Match", etag).put("webhooks/" + id, change);
    }
    Api.Reply last = disabled;
    assertEquals(200, last.status(), last::toString);
  }

  private String endpoint(String url) {
    Api.Reply created =
        admin().post("webhooks", Api.json("url", url, "events", List.of("version.published")));
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("id");
  }

  /** Scrapes until the figures show what the test expects: the gauges refresh every few seconds. */
  private static void awaitScrape(Predicate<Scrape> expected) throws InterruptedException {
    Scrape scrape = Scrape.now();
    for (int i = 0; i < 180 && !expected.test(scrape); i++) {
      Thread.sleep(500);
      scrape = Scrape.now();
    }
    Scrape last = scrape;
    assertTrue(expected.test(last), () -> "The gauges never got there:\n" + last.body());
  }

  private static void assertNotHtml(Scrape scrape) {
    String type = scrape.contentType() == null ? "" : scrape.contentType();
    assertFalse(type.contains("html"), () -> "HTML refusal: " + scrape);
    assertFalse(scrape.body().toLowerCase(java.util.Locale.ROOT).contains("<html"), scrape::body);
  }
}
