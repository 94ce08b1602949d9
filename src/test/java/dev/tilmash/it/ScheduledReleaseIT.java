package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scheduled publishing on a real Liberty: a release goes live at its time, several languages
 * together, and a release that fell due while the application was down goes out once when it is
 * back. The application is deployed and undeployed by the test itself; for the last case a copy
 * with its clock an hour behind ({@code tilmash.clock.offset}) schedules a release half an hour
 * ahead, and is replaced by the application on time, sharing the database: the release is already
 * due when it comes up, without waiting.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledReleaseIT {
  private static final String APP = "scheduled";
  private static final String BEHIND = "scheduled-an-hour-behind";

  @Deployment(name = APP, managed = false, testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @Deployment(name = BEHIND, managed = false, testable = false)
  static WebArchive behind() {
    return Deployments.withClockOffset("-PT1H");
  }

  /** Which of the two is deployed; kept for the class, only the restart test changes it. */
  private static String deployed;

  @ArquillianResource Deployer deployer;

  private Api api;
  private Newsroom newsroom;

  @BeforeEach
  void deploy() throws Exception {
    use(APP);
  }

  private void use(String name) {
    if (!name.equals(deployed)) {
      if (deployed != null) {
        deployer.undeploy(deployed);
      }
      deployer.deploy(name);
      deployed = name;
    }
    String root = name.equals(BEHIND) ? Deployments.OFFSET_NAME : "tilmash-it";
    try {
      URL base =
          URI.create(
                  "http://localhost:"
                      + System.getProperty("it.http.port", "9181")
                      + "/"
                      + root
                      + "/")
              .toURL();
      api = Api.anonymous(base);
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    newsroom = new Newsroom(api);
  }

  @Test
  void shouldPublishAReleaseThatFellDueWhileTheApplicationWasDown() {
    use(BEHIND);
    String id = approvedArticle("Embargoed report");
    Instant due = Instant.now().minus(Duration.ofMinutes(30)); // half an hour ahead of its clock
    Api.Reply scheduled =
        api.as("editor")
            .post(
                Newsroom.version(id, "en") + "/transitions",
                Api.json("action", "publish", "publishAt", due.toString()));
    assertEquals(200, scheduled.status(), scheduled::toString);
    assertEquals("APPROVED", scheduled.json().getString("state"));
    assertNotNull(scheduled.json().getString("scheduledPublishAt"));
    assertEquals(404, api.get("content/articles/" + id).status(), "not before its time");

    use(APP); // down, and back on time: the release is half an hour overdue

    awaitTrue(() -> api.get("content/articles/" + id).status() == 200);
    JsonObject history = api.as("editor").get(Newsroom.version(id, "en") + "/history").json();
    long publishes =
        history.getJsonArray("transitions").getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getString("action").equals("publish"))
            .count();
    assertEquals(1, publishes, "published exactly once");
    JsonObject step = history.getJsonArray("schedule").getJsonObject(0);
    assertEquals("DONE", step.getString("state"));
    assertEquals("publish", step.getString("action"));
  }

  @Test
  void shouldPublishSeveralLanguagesTogether() {
    String id = approvedArticle("Summit release");
    for (String lang : List.of("ru", "kk")) {
      newsroom.translate(id, lang, "translator." + lang, "Саммит " + lang, "Мәтін.");
      assertEquals(200, newsroom.step(id, lang, "translator." + lang, "submit").status());
      assertEquals(200, newsroom.step(id, lang, "editor2", "approve").status());
    }
    Instant due = Instant.now().plusSeconds(3);
    Api.Reply release =
        api.as("editor")
            .post(
                "articles/" + id + "/releases",
                Api.json("languages", List.of("ru", "kk"), "publishAt", due.toString()));
    assertEquals(201, release.status(), release::toString);
    assertTrue(release.header("Location").contains("/releases/"));

    awaitTrue(() -> api.get("content/articles/" + id + "?lang=kk").status() == 200);
    JsonObject ru = api.get("content/articles/" + id + "?lang=ru").json();
    JsonObject kk = api.get("content/articles/" + id + "?lang=kk").json();
    assertEquals(ru.getString("publishedAt"), kk.getString("publishedAt"), "one release");
    assertFalse(kk.getBoolean("fallback"));
  }

  @Test
  void shouldRefuseToScheduleWhatIsNotApproved() {
    String id = newsroom.article("Draft", "Body.");
    Api.Reply refused =
        api.as("editor")
            .post(
                "articles/" + id + "/releases",
                Api.json(
                    "languages",
                    List.of("en"),
                    "publishAt",
                    Instant.now().plusSeconds(60).toString()));
    assertEquals(409, refused.status(), refused::toString);
    assertEquals("DRAFT", refused.json().getString("state"));
  }

  private String approvedArticle(String title) {
    String id = newsroom.article(title, "Body of the release.");
    assertEquals(200, newsroom.step(id, "en", "editor", "submit").status());
    assertEquals(200, newsroom.step(id, "en", "editor2", "approve").status());
    return id;
  }

  /** Polls until the condition holds; fails after a generous minute, never on speed. */
  private static void awaitTrue(BooleanSupplier condition) {
    Instant giveUp = Instant.now().plusSeconds(60);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("condition not met within a minute");
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
