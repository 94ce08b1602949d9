package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two instances on one database: the application as A, and a second archive as B with a search
 * index of its own and cache lifetimes of ten minutes, so that only the change log can explain B
 * seeing A's changes in seconds. B must stop serving what A unpublished, refuse a password A
 * changed and apply roles A changed, and list what A created. Each wait polls until the change
 * shows, with a generous overall limit; the measured times go to the test output
 * (docs/instances.md).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChangeLogIT {
  private static final String B = "tilmash-it-b";
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @Deployment(name = "a", testable = false)
  static WebArchive instanceA() {
    return Deployments.tilmash();
  }

  @Deployment(name = "b", testable = false)
  static WebArchive instanceB() {
    return Deployments.instance(
        B,
        Map.of(
            "tilmash.delivery.cache-max-age", "PT10M",
            "tilmash.editorial.cache-seconds", "600",
            "tilmash.tokens.cache-max-age", "PT10M"));
  }

  private final Api a = Api.anonymous(Deployments.url("tilmash-it"));
  private final Api b = Api.anonymous(Deployments.url(B));
  private final Newsroom newsroom = new Newsroom(a);

  @Test
  void shouldStopServingOnBWhatWasUnpublishedOnA() {
    List<Long> millis = new ArrayList<>();
    for (int round = 0; round < 5; round++) {
      String id = newsroom.article("Change log round " + round, "A body to unpublish.");
      newsroom.publish(id, "en", "editor");
      String path = "content/articles/" + id + "?lang=en";
      assertEquals(200, b.get(path).status(), "B serves what A published");
      assertEquals(200, b.get(path).status(), "and now has it cached");

      long unpublished = System.nanoTime();
      Api.Reply step = newsroom.step(id, "en", "editor", "unpublish");
      assertEquals(200, step.status(), step::toString);
      assertEquals(404, a.get(path).status(), "A itself never serves it after the unpublish");
      millis.add(until(b, path, reply -> reply.status() == 404, unpublished));
    }
    report("unpublish on A, no longer served by B", millis);
  }

  @Test
  void shouldRefuseOnBAPasswordChangedOnAAndApplyItsRoles() {
    String user = "probe." + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply created =
        a.as("admin")
            .post(
                "users",
                Api.json(
                    "username",
                    user,
                    "password",
                    "first-password",
                    "roles",
                    List.of("TRANSLATOR"),
                    "languages",
                    List.of("kk")));
    assertEquals(201, created.status(), created::toString);
    Api probe = b.header("Authorization", basic(user, "first-password"));
    assertEquals(200, probe.get("my-work").status(), "B verifies, and remembers, the password");
    assertEquals(403, probe.get("review-queue").status(), "a translator has no review queue");

    long changed = System.nanoTime();
    Api.Reply access =
        a.as("admin")
            .put(
                "users/" + user,
                Api.json(
                    "roles",
                    List.of("EDITOR"),
                    "languages",
                    List.of("kk"),
                    "enabled",
                    true,
                    "password",
                    "second-password"));
    assertEquals(200, access.status(), access::toString);

    long refused = until(probe, "my-work", reply -> reply.status() == 401, changed);
    Api renewed = b.header("Authorization", basic(user, "second-password"));
    assertEquals(200, renewed.get("review-queue").status(), "the new role applies on B");
    report("password changed on A, old one refused by B", List.of(refused));
  }

  @Test
  void shouldRefuseOnBATokenRevokedOnA() {
    Api.Reply created =
        a.as("admin")
            .post(
                "tokens",
                Api.json(
                    "name",
                    "change log probe",
                    "scopes",
                    List.of("articles:read"),
                    "expiresAt",
                    Instant.now().plus(Duration.ofDays(1)).toString()));
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    Api bearer = b.header("Authorization", "Bearer " + created.json().getString("secret"));
    String path = "content/articles?lang=en&size=1";
    assertEquals(200, bearer.get(path).status(), "B looks the token up, and keeps it");

    long revoked = System.nanoTime();
    Api.Reply revocation = a.as("admin").send("DELETE", "tokens/" + id, null, null);
    assertEquals(204, revocation.status(), revocation::toString);
    long refused = until(bearer, path, reply -> reply.status() == 401, revoked);
    report("token revoked on A, refused by B", List.of(refused));
  }

  @Test
  void shouldListOnBAnArticleCreatedOnA() {
    Api editorOnB = b.as("editor");
    String list = "articles?size=5&language=en";
    int before = editorOnB.get(list).json().getInt("total");
    assertEquals(before, editorOnB.get(list).json().getInt("total"), "the total is remembered");

    long created = System.nanoTime();
    newsroom.article("Change log listing", "A body to list.");
    long seen =
        until(editorOnB, list, reply -> reply.json().getInt("total") == before + 1, created);
    report("article created on A, listed by B", List.of(seen));
  }

  /**
   * Milliseconds from {@code since} until {@code path} on {@code api} answers as {@code wanted}.
   */
  private static long until(Api api, String path, Predicate<Api.Reply> wanted, long since) {
    long deadline = since + LIMIT.toNanos();
    Api.Reply last;
    do {
      last = api.get(path);
      if (wanted.test(last)) {
        return (System.nanoTime() - since) / 1_000_000;
      }
      sleep();
    } while (System.nanoTime() < deadline);
    throw new AssertionError("not seen on the other instance within " + LIMIT + ": " + last);
  }

  private static void report(String what, List<Long> millis) {
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    System.out.printf(
        "ChangeLogIT: %s: median %d ms, max %d ms over %d%n",
        what, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static void sleep() {
    try {
      Thread.sleep(25);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
