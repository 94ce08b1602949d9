package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The work queues and the audit log over HTTP on a real Liberty: the editors' review queue, a
 * translator's work list with the reviewer's comment, assignment, and the audit log with its
 * refusals. Every test makes its own articles, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueuesIT {
  private static final String BODY = "Grain exports through the **Middle Corridor** grew.";

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

  /** An English article with a Kazakh translation in DRAFT by translator.kk; returns its id. */
  private String kazakhDraft(String title) {
    String id = newsroom.article(title, BODY);
    newsroom.translate(id, "kk", "translator.kk", "Астық экспорты", "Астық экспорты **өсті**.");
    return id;
  }

  /** Every item of a paged list, page by page. */
  private List<JsonObject> all(String user, String path) {
    List<JsonObject> items = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    for (int page = 0; ; page++) {
      Api.Reply reply = api.as(user).get(path + separator + "size=100&page=" + page);
      assertEquals(200, reply.status(), reply::toString);
      reply.json().getJsonArray("items").forEach(item -> items.add(item.asJsonObject()));
      if (items.size() >= reply.json().getInt("total")
          || reply.json().getJsonArray("items").isEmpty()) {
        return items;
      }
    }
  }

  private static int indexOf(List<JsonObject> items, String id, String language) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).getString("articleId").equals(id)
          && items.get(i).getString("language").equals(language)) {
        return i;
      }
    }
    return -1;
  }

  private static JsonObject find(List<JsonObject> items, String id, String language) {
    int index = indexOf(items, id, language);
    assertTrue(index >= 0, () -> id + "/" + language + " not in " + items);
    return items.get(index);
  }

  /** JSON-B leaves null members out. */
  private static boolean absent(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name);
  }

  private Api.Reply assign(String user, String id, String lang, String assignee) {
    return api.as(user)
        .put(Newsroom.version(id, lang) + "/assignee", Api.json("username", assignee));
  }

  private static String at(Instant instant) {
    return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void shouldQueueSubmittedVersionsForEditorsOldestFirstWithSubmitterAndTime() {
    Instant before = Instant.now().minusSeconds(5);
    String first = kazakhDraft("Queue first");
    String second = kazakhDraft("Queue second");
    assertEquals(200, newsroom.step(first, "kk", "translator.kk", "submit").status());
    assertEquals(200, newsroom.step(second, "kk", "translator.kk", "submit").status());

    List<JsonObject> queue = all("editor", "review-queue?language=kk");

    assertTrue(indexOf(queue, first, "kk") < indexOf(queue, second, "kk"), queue::toString);
    JsonObject item = find(queue, first, "kk");
    assertEquals("translator.kk", item.getString("submittedBy"));
    Instant submittedAt = Instant.parse(item.getString("submittedAt"));
    assertFalse(submittedAt.isBefore(before), submittedAt::toString);
    assertFalse(submittedAt.isAfter(Instant.now().plusSeconds(5)), submittedAt::toString);
    assertTrue(item.getString("title").startsWith("Астық экспорты"));
    assertEquals(1, item.getInt("workingRevision"));
    assertFalse(item.getBoolean("outdated"));
    assertTrue(absent(item, "assignee"), item::toString);
    assertTrue(
        all("editor", "review-queue").stream().anyMatch(i -> i.getString("language").equals("uz")),
        "without a language the queue holds every language (the demo's Uzbek review)");

    Api.Reply translator = api.as("translator.kk").get("review-queue");
    assertEquals(403, translator.status(), translator::toString);
    assertEquals("editor", translator.json().getString("role"));
  }

  @Test
  void shouldShowTheKazakhTranslatorAVersionSentBackWithTheReviewersComment() {
    String id = kazakhDraft("Sent back");
    assertEquals(200, newsroom.step(id, "kk", "translator.kk", "submit").status());
    Api.Reply sentBack =
        api.as("editor2")
            .post(
                Newsroom.version(id, "kk") + "/transitions",
                Api.json(
                    "action", "request-changes", "comment", "Ағылшын мәтінімен салыстырыңыз."));
    assertEquals(200, sentBack.status(), sentBack::toString);

    List<JsonObject> work = all("translator.kk", "my-work");

    JsonObject item = find(work, id, "kk");
    assertEquals("CHANGES_REQUESTED", item.getString("state"));
    assertEquals("Ағылшын мәтінімен салыстырыңыз.", item.getString("reviewComment"));
    assertEquals("editor2", item.getString("reviewer"));
    assertNotNull(item.getString("reviewedAt"));
    assertFalse(item.getBoolean("assignedToMe"));
    assertTrue(work.stream().allMatch(i -> i.getString("language").equals("kk")), work::toString);
    assertEquals(-1, indexOf(all("translator.ru", "my-work"), id, "kk"));

    Api.Reply admin = api.as("admin").get("my-work");
    assertEquals(403, admin.status(), admin::toString);
  }

  @Test
  void shouldAssignAKazakhVersionToTheKazakhTranslatorButNotToTheRussianOne() {
    String id = kazakhDraft("Assignment");

    Api.Reply assigned = assign("editor", id, "kk", "translator.kk");
    assertEquals(200, assigned.status(), assigned::toString);
    assertEquals("translator.kk", assigned.json().getString("username"));
    assertEquals(
        "translator.kk",
        api.as("translator.kk").get(Newsroom.version(id, "kk")).json().getString("assignee"));
    JsonObject summary =
        api.as("editor").get("articles/" + id).json().getJsonArray("versions").stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> v.getString("language").equals("kk"))
            .findFirst()
            .orElseThrow();
    assertEquals("translator.kk", summary.getString("assignee"));
    assertTrue(find(all("translator.kk", "my-work"), id, "kk").getBoolean("assignedToMe"));

    Api.Reply wrongLanguage = assign("editor", id, "kk", "translator.ru");
    assertEquals(422, wrongLanguage.status(), wrongLanguage::toString);
    assertEquals(
        "https://tilmash.dev/problems/not-assignable", wrongLanguage.json().getString("type"));
    assertEquals("language", wrongLanguage.json().getString("reason"));
    assertEquals("kk", wrongLanguage.json().getString("language"));
    assertTrue(wrongLanguage.json().getString("detail").contains("translator.ru"));
    Api.Reply unknown = assign("editor", id, "kk", "nobody");
    assertEquals(422, unknown.status(), unknown::toString);
    assertEquals("https://tilmash.dev/problems/unknown-user", unknown.json().getString("type"));
    Api.Reply byTranslator = assign("translator.kk", id, "kk", "translator.kk");
    assertEquals(403, byTranslator.status(), byTranslator::toString);
    assertEquals(
        "translator.kk",
        api.as("editor").get(Newsroom.version(id, "kk")).json().getString("assignee"),
        "refusals change nothing");

    Api.Reply unassigned = assign("editor", id, "kk", null);
    assertEquals(200, unassigned.status(), unassigned::toString);
    assertTrue(absent(unassigned.json(), "username"), unassigned::toString);
    List<JsonObject> log = all("editor", "audit?kind=assignment&article=" + id);
    assertEquals(
        List.of("unassigned translator.kk", "assigned to translator.kk"),
        log.stream().map(e -> e.getString("detail")).toList());
    assertEquals("editor", log.get(0).getString("user"));
  }

  @Test
  void shouldAuditTransitionsAndRefusalsFilteredByArticleAndUser() {
    Instant start = Instant.now().minusSeconds(5);
    String id = newsroom.article("Audited", BODY);
    String etag = newsroom.translate(id, "ru", "translator.ru", "Аудит", "Текст.");
    Api.Reply refused =
        api.as("translator.kk")
            .header("If-Match", etag)
            .put(Newsroom.version(id, "ru"), Api.json("title", "Чужой", "body", "Текст."));
    assertEquals(403, refused.status(), refused::toString);
    assertEquals(200, newsroom.step(id, "ru", "translator.ru", "submit").status());
    assertEquals(200, newsroom.step(id, "ru", "editor2", "approve").status());

    List<JsonObject> article = all("editor", "audit?article=" + id);

    assertEquals(
        List.of("TRANSITION", "TRANSITION", "REFUSED"),
        article.stream().map(e -> e.getString("kind")).toList(),
        "newest first");
    JsonObject submit = article.get(1);
    assertEquals("translator.ru", submit.getString("user"));
    assertEquals("ru", submit.getString("language"));
    assertEquals("DRAFT", submit.getString("from"));
    assertEquals("IN_REVIEW", submit.getString("to"));
    assertEquals("editor2", article.get(0).getString("user"));

    List<JsonObject> byUser = all("admin", "audit?article=" + id + "&user=translator.kk");
    assertEquals(1, byUser.size(), byUser::toString);
    JsonObject refusal = byUser.get(0);
    assertEquals("REFUSED", refusal.getString("kind"));
    assertEquals("PUT", refusal.getString("method"));
    assertTrue(refusal.getString("path").endsWith("/api/v1/" + Newsroom.version(id, "ru")));
    assertEquals("ru", refusal.getString("language"));

    Instant end = Instant.now().plusSeconds(5);
    assertEquals(
        3, all("editor", "audit?article=" + id + "&from=" + at(start) + "&to=" + at(end)).size());
    assertEquals(0, all("editor", "audit?article=" + id + "&to=" + at(start)).size());
    Api.Reply badTime = api.as("editor").get("audit?from=yesterday");
    assertEquals(400, badTime.status(), badTime::toString);
    assertEquals("from", badTime.json().getJsonArray("fields").getString(0));
  }

  @Test
  void shouldRefuseTheAuditLogToATranslatorAndRecordTheRefusal() {
    Instant start = Instant.now().minus(Duration.ofSeconds(5));

    Api.Reply refused = api.as("translator.kk").get("audit");

    assertEquals(403, refused.status(), refused::toString);
    assertEquals("https://tilmash.dev/problems/missing-role", refused.json().getString("type"));
    assertEquals("admin|editor", refused.json().getString("role"));
    List<JsonObject> refusals =
        all("admin", "audit?user=translator.kk&kind=REFUSED&from=" + at(start));
    assertTrue(
        refusals.stream().anyMatch(e -> e.getString("path").endsWith("/api/v1/audit")),
        refusals::toString);
  }
}
