package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployer;
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
 * The outbox across a restart and across two instances, on a real Liberty with a receiver on
 * loopback. Events queue while the receiver is down; the application is undeployed and deployed
 * again; afterwards every event arrives, once, signed. And two deployments sharing the database
 * (the second under {@link Deployments#OFFSET_NAME}, its clock not moved) both run the outbox
 * worker, and each event still arrives once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookRestartIT {
  private static final String APP = "outbox";
  private static final String SECOND = "outbox-second-instance";
  private static final int EVENTS = 20;

  /**
   * Retries every two seconds, thirty times, and no endpoint disabled for failing: the receiver's
   * downtime then never uses up a delivery's schedule, however slowly the redeploy goes.
   */
  @Deployment(name = APP, managed = false, testable = false)
  static WebArchive deployment() {
    return Deployments.withSettings(
        Map.of(
            "tilmash.webhooks.retry-schedule",
            String.join(",", Collections.nCopies(30, "2s")),
            "tilmash.webhooks.max-consecutive-failures",
            "100000"));
  }

  @Deployment(name = SECOND, managed = false, testable = false)
  static WebArchive second() {
    return Deployments.withClockOffset("PT0S");
  }

  /** What is deployed now; kept for the class, as each test deploys what it needs. */
  private static final Set<String> deployed = new HashSet<>();

  @ArquillianResource Deployer deployer;

  private WebhookReceiver receiver;

  @BeforeEach
  void startReceiver() {
    receiver = WebhookReceiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void shouldDeliverEveryEventQueuedBeforeARestartOnceItIsBack() throws Exception {
    use(APP, true);
    use(SECOND, false);
    Api admin = api("tilmash-it").as("admin");
    JsonObject endpoint = endpoint(admin);
    receiver.down();
    for (int i = 0; i < EVENTS; i++) {
      assertEquals(
          202, admin.post("webhooks/" + endpoint.getString("id") + "/ping", null).status());
    }

    deployer.undeploy(APP);
    deployed.remove(APP);
    receiver.up();
    use(APP, true);

    assertEachDeliveredOnce(admin, endpoint);
  }

  @Test
  void shouldDeliverEachEventOnceWhenTwoInstancesWorkTheOutbox() throws Exception {
    use(APP, true);
    use(SECOND, true);
    Api first = api("tilmash-it").as("admin");
    Api other = api(Deployments.OFFSET_NAME).as("admin");
    JsonObject endpoint = endpoint(first);
    String ping = "webhooks/" + endpoint.getString("id") + "/ping";
    for (int i = 0; i < EVENTS; i++) {
      assertEquals(202, (i % 2 == 0 ? first : other).post(ping, null).status());
    }

    assertEachDeliveredOnce(first, endpoint);
  }

  /**
   * Waits until the delivery log shows every event delivered, then checks what the receiver got:
   * one request per delivery, no message twice, each signature valid.
   */
  private void assertEachDeliveredOnce(Api admin, JsonObject endpoint) throws Exception {
    String log = "webhooks/" + endpoint.getString("id") + "/deliveries?size=100";
    List<JsonObject> deliveries = List.of();
    for (int i = 0; i < 600 && !allDelivered(deliveries); i++) {
      Thread.sleep(500);
      deliveries = admin.get(log).json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
    List<JsonObject> last = deliveries;
    assertTrue(allDelivered(last), () -> "not all delivered: " + last);

    Webhook verifier = new Webhook(endpoint.getString("secret"));
    Set<String> messages = new HashSet<>();
    List<String> received = new ArrayList<>();
    while (receiver.count() > 0) {
      WebhookReceiver.Received event = receiver.next();
      assertDoesNotThrow(() -> verifier.verify(event.body(), event.lowerCaseHeaders()));
      received.add(event.header("webhook-id"));
      messages.add(event.header("webhook-id"));
    }
    assertEquals(EVENTS, received.size(), () -> "requests received: " + received);
    assertEquals(EVENTS, messages.size(), "no message twice");
    for (JsonObject delivery : last) {
      assertTrue(messages.contains(delivery.getString("messageId")), delivery::toString);
    }
  }

  private static boolean allDelivered(List<JsonObject> deliveries) {
    return deliveries.size() == EVENTS
        && deliveries.stream().allMatch(d -> d.getString("status").equals("DELIVERED"));
  }

  private JsonObject endpoint(Api admin) {
    Api.Reply created =
        admin.post(
            "webhooks", Api.json("url", receiver.url(), "events", List.of("version.published")));
    assertEquals(201, created.status(), created::toString);
    return created.json();
  }

  private void use(String name, boolean wanted) {
    if (wanted && deployed.add(name)) {
      deployer.deploy(name);
    } else if (!wanted && deployed.remove(name)) {
      deployer.undeploy(name);
    }
  }

  private static Api api(String root) {
    try {
      return Api.anonymous(
          URI.create(
                  "http://localhost:"
                      + System.getProperty("it.http.port", "9181")
                      + "/"
                      + root
                      + "/")
              .toURL());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
