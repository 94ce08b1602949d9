package dev.tilmash.it;

import static dev.tilmash.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks over HTTP on a real Liberty, with a real receiver on loopback: endpoints managed by
 * admins, the secret shown once, signed events that the Standard Webhooks reference library
 * verifies, retries of a receiver that failed or was down, a 410 that disables, redelivery, ping
 * and the delivery log. The IT server lets webhooks reach loopback and retries after 1 s, 1 s, 2 s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  private Api api;
  private Newsroom newsroom;
  private WebhookReceiver receiver;

  @BeforeEach
  void connect() {
    api = Api.anonymous(base);
    newsroom = new Newsroom(api);
    receiver = WebhookReceiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void shouldManageEndpointsAndShowTheSecretOnlyOnce() {
    Api.Reply created = create(receiver.url(), List.of("version.published"));
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    assertTrue(created.header("Location").endsWith("/webhooks/" + id));
    assertTrue(created.json().getString("secret").startsWith("whsec_"));
    assertTrue(created.json().getBoolean("enabled"));

    Api.Reply read = admin().get("webhooks/" + id);
    assertEquals(200, read.status(), read::toString);
    assertFalse(has(read.json(), "secret"), read::toString);
    assertTrue(admin().get("webhooks").body().contains(id));
    String etag = read.header("ETag");
    assertNotNull(etag);

    String change =
        Api.json(
            "url",
            receiver.url(),
            "events",
            List.of("version.archived"),
            "languages",
            List.of("kk", "ru"));
    assertProblem(admin().put("webhooks/" + id, change), 428, "precondition-required");
    assertProblem(
        admin().header("If-Match", "\"w999\"").put("webhooks/" + id, change), 412, "stale-etag");
    Api.Reply changed = admin().header("If-Match", etag).put("webhooks/" + id, change);
    assertEquals(200, changed.status(), changed::toString);
    assertNotEquals(etag, changed.header("ETag"));
    assertEquals("[\"kk\",\"ru\"]", changed.json().getJsonArray("languages").toString());

    Api.Reply rotated = admin().post("webhooks/" + id + "/secret", null);
    assertEquals(200, rotated.status(), rotated::toString);
    assertNotEquals(created.json().getString("secret"), rotated.json().getString("secret"));
    assertNotNull(rotated.json().getString("previousSecretExpiresAt"));

    assertProblem(api.as("editor").get("webhooks"), 403, "missing-role");
    assertEquals(204, admin().send("DELETE", "webhooks/" + id, null, null).status());
    assertProblem(admin().get("webhooks/" + id), 404, "webhook-not-found");
  }

  @Test
  void shouldRefuseEndpointsItCannotServe() {
    Api.Reply unknownEvent = create(receiver.url(), List.of("version.deleted"));
    assertProblem(unknownEvent, 400, "invalid-field");
    assertTrue(
        unknownEvent.json().getJsonArray("allowedValues").toString().contains("release.fired"));
    assertProblem(
        create("ftp://127.0.0.1/hook", List.of("version.published")), 400, "invalid-field");
    assertProblem(
        admin()
            .post(
                "webhooks",
                Api.json(
                    "url",
                    receiver.url(),
                    "events",
                    List.of("version.published"),
                    "languages",
                    List.of("fr"))),
        422,
        "unconfigured-language");
    assertProblem(admin().post("webhooks", "{\"url\": 5}"), 400, "malformed-request");
    assertProblem(admin().post("webhooks/nope/ping", null), 404, "webhook-not-found");
  }

  @Test
  void shouldSendASignedEventThatTheReferenceLibraryVerifies() throws Exception {
    Api.Reply created = create(receiver.url(), List.of("version.published"));
    String id = created.json().getString("id");
    String secret = created.json().getString("secret");
    String article = newsroom.article("Webhook report", "Signed.");
    newsroom.publish(article, "en", "editor");

    WebhookReceiver.Received event = receiver.next();
    assertDoesNotThrow(() -> new Webhook(secret).verify(event.body(), event.lowerCaseHeaders()));
    JsonObject payload = Json.createReader(new StringReader(event.body())).readObject();
    assertEquals("version.published", payload.getString("type"));
    assertEquals(article, payload.getJsonObject("data").getString("articleId"));
    assertEquals("en", payload.getJsonObject("data").getString("language"));
    assertTrue(
        payload.getJsonObject("data").getJsonArray("liveLanguages").toString().contains("en"));
    assertFalse(event.body().contains("Signed."), "never the body");
    long timestamp = Long.parseLong(event.header("webhook-timestamp"));
    assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 300);

    JsonObject delivered = awaitDelivery(id, d -> d.getString("status").equals("DELIVERED"));
    assertEquals(200, delivered.getInt("responseCode"));
    assertEquals("answered 200", delivered.getString("response"));
    assertEquals(event.header("webhook-id"), delivered.getString("messageId"));

    Api.Reply redelivered =
        admin()
            .post(
                "webhooks/" + id + "/deliveries/" + delivered.getString("id") + "/redeliver", null);
    assertEquals(202, redelivered.status(), redelivered::toString);
    WebhookReceiver.Received again = receiver.next();
    assertEquals(event.header("webhook-id"), again.header("webhook-id"));
    assertEquals(event.body(), again.body());

    assertEquals(202, admin().post("webhooks/" + id + "/ping", null).status());
    WebhookReceiver.Received ping = receiver.next();
    assertTrue(ping.body().contains("\"webhook.ping\""), ping::body);
    assertDoesNotThrow(() -> new Webhook(secret).verify(ping.body(), ping.lowerCaseHeaders()));
    assertProblem(
        admin().post("webhooks/" + id + "/deliveries/nope/redeliver", null),
        404,
        "webhook-delivery-not-found");
  }

  @Test
  void shouldRetryAReceiverThatAnswered500() throws Exception {
    receiver.answering(500, 200);
    String id = create(receiver.url(), List.of("version.published")).json().getString("id");
    admin().post("webhooks/" + id + "/ping", null);
    WebhookReceiver.Received first = receiver.next();
    WebhookReceiver.Received second = receiver.next();
    assertEquals(first.header("webhook-id"), second.header("webhook-id"), "the same message");
    JsonObject delivered = awaitDelivery(id, d -> d.getString("status").equals("DELIVERED"));
    assertEquals(2, delivered.getInt("attempts"));
  }

  @Test
  void shouldDeliverToAReceiverThatWasDownWhenItIsBack() throws Exception {
    String id = create(receiver.url(), List.of("version.published")).json().getString("id");
    receiver.down();
    admin().post("webhooks/" + id + "/ping", null);
    JsonObject failed =
        awaitDelivery(
            id, d -> d.getInt("attempts") >= 1 && !has(d, "responseCode") && has(d, "failure"));
    assertEquals("PENDING", failed.getString("status"), failed::toString);
    receiver.up();
    assertTrue(receiver.next().body().contains("webhook.ping"));
    awaitDelivery(id, d -> d.getString("status").equals("DELIVERED"));
  }

  @Test
  void shouldDisableTheEndpointWhenTheReceiverAnswers410() throws Exception {
    receiver.answering(410);
    String id = create(receiver.url(), List.of("version.published")).json().getString("id");
    admin().post("webhooks/" + id + "/ping", null);
    receiver.next();
    JsonObject failed = awaitDelivery(id, d -> d.getString("status").equals("FAILED"));
    assertEquals(410, failed.getInt("responseCode"));
    JsonObject endpoint = admin().get("webhooks/" + id).json();
    assertFalse(endpoint.getBoolean("enabled"));
    assertTrue(endpoint.getString("disabledReason").contains("410"));
    assertProblem(admin().post("webhooks/" + id + "/ping", null), 409, "webhook-disabled");
  }

  private static boolean has(JsonObject json, String name) {
    return json.containsKey(name) && !json.isNull(name);
  }

  private Api admin() {
    return api.as("admin");
  }

  private Api.Reply create(String url, List<String> events) {
    return admin().post("webhooks", Api.json("url", url, "events", events));
  }

  /** The endpoint's newest delivery, once it is as the test expects. */
  private JsonObject awaitDelivery(String id, java.util.function.Predicate<JsonObject> expected)
      throws InterruptedException {
    Supplier<JsonObject> newest =
        () -> {
          Api.Reply log = admin().get("webhooks/" + id + "/deliveries");
          assertEquals(200, log.status(), log::toString);
          var items = log.json().getJsonArray("items");
          return items.isEmpty() ? null : items.getJsonObject(0);
        };
    for (int i = 0; i < 180; i++) {
      JsonObject delivery = newest.get();
      if (delivery != null && expected.test(delivery)) {
        return delivery;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The delivery never got there: " + newest.get());
  }
}
