package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
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
 * Revisions over HTTP on a real Liberty: the list, one revision, a word diff, a restore while a
 * revision is live, and the source changes a translator has to catch up with. Every test makes its
 * own article, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RevisionsIT {
  private static final String BODY = "Kazakhstan exported 4 million tonnes of grain.";

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
  void shouldListRevisionsNewestFirstAndShowOneWithItsWords() {
    String id = newsroom.article("Revisions", BODY);
    assertEquals(200, save(id, "en", "editor", "Grain exports", BODY + " More.").status());

    Api.Reply list = api.as("translator.kk").get(revisions(id, "en") + "?size=1");
    assertEquals(200, list.status(), list::toString);
    assertEquals(2, list.json().getInt("total"));
    assertEquals(1, list.json().getInt("size"));
    JsonObject newest = list.json().getJsonArray("items").getJsonObject(0);
    assertEquals(2, newest.getInt("number"));
    assertEquals("editor", newest.getString("author"));
    assertTrue(newest.containsKey("contentHash") && newest.containsKey("createdAt"));

    Api.Reply first = api.as("translator.kk").get(revisions(id, "en") + "/1");
    assertEquals(200, first.status(), first::toString);
    assertEquals(1, first.json().getInt("number"));
    assertEquals(BODY, first.json().getString("body"));
    assertTrue(first.json().getString("bodyHtml").startsWith("<p>Kazakhstan"));
    assertFalse(first.json().getBoolean("live"));
    assertFalse(first.json().getBoolean("minor"));

    Api.Reply missing = api.as("editor").get(revisions(id, "en") + "/9");
    assertEquals(404, missing.status(), missing::toString);
    assertEquals(
        "https://tilmash.dev/problems/revision-not-found", missing.json().getString("type"));
    assertEquals(401, api.get(revisions(id, "en")).status());
  }

  @Test
  void shouldDiffARussianEditWordByWord() {
    String id = newsroom.article("Russian diff", BODY);
    startTranslation(id, "ru", "Экспорт зерна вырос", "Казахстан вывез 4 млн тонн зерна.");
    Api.Reply edited =
        save(
            id,
            "ru",
            "translator.ru",
            "Экспорт пшеницы вырос",
            "Казахстан вывез 5 млн тонн зерна.");
    assertEquals(200, edited.status(), edited::toString);

    Api.Reply diff = api.as("editor").get(revisions(id, "ru") + "/1/diff/2");

    assertEquals(200, diff.status(), diff::toString);
    assertEquals(1, diff.json().getInt("from"));
    assertEquals(2, diff.json().getInt("to"));
    assertEquals("ru", diff.json().getString("language"));
    JsonObject fields = diff.json().getJsonObject("fields");
    assertEquals(
        List.of("equal:Экспорт ", "delete:зерна", "insert:пшеницы", "equal: вырос"),
        runs(fields.getJsonArray("title")));
    assertEquals(
        List.of("equal:Казахстан вывез ", "delete:4", "insert:5", "equal: млн тонн зерна."),
        runs(fields.getJsonArray("body")));
    assertEquals(List.of("equal:Кратко"), runs(fields.getJsonArray("summary")));
  }

  /**
   * Restoring a published version drafts the old words; readers keep the live ones until publish.
   */
  @Test
  void shouldRestoreAnOldRevisionWhileTheLiveOneStaysLive() {
    String id = newsroom.article("Restore", BODY);
    startTranslation(id, "ru", "Первые слова", "Первый текст.");
    newsroom.publish(id, "ru", "translator.ru");
    assertEquals(200, save(id, "ru", "translator.ru", "Вторые слова", "Второй текст.").status());
    newsroom.publish(id, "ru", "translator.ru");
    String etag = etag(id, "ru");

    Api.Reply restored =
        api.as("translator.ru")
            .header("If-Match", etag)
            .post(revisions(id, "ru") + "/1/restore", null);

    assertEquals(200, restored.status(), restored::toString);
    assertEquals("DRAFT", restored.json().getString("state"));
    assertEquals("Первые слова", restored.json().getString("title"));
    assertEquals(3, restored.json().getInt("workingRevision"));
    assertEquals(2, restored.json().getInt("liveRevision"));
    assertNotEquals(etag, restored.header("ETag"));
    assertEquals(etag(id, "ru"), restored.header("ETag"));
    assertEquals(
        "restored revision 1",
        api.as("editor").get(revisions(id, "ru") + "/3").json().getString("comment"));
    assertEquals("Вторые слова", delivered(id, "ru").getString("title"), "the live one stays");

    newsroom.publish(id, "ru", "translator.ru");
    assertEquals("Первые слова", delivered(id, "ru").getString("title"), "restored words live");
    assertTrue(api.as("editor").get(revisions(id, "ru") + "/3").json().getBoolean("live"));
  }

  @Test
  void shouldRefuseARestoreWithoutAnEtagOrWithAStaleOne() {
    String id = newsroom.article("Restore preconditions", BODY);
    String stale = etag(id, "en");
    assertEquals(200, save(id, "en", "editor", "Changed", "Changed.").status());

    Api.Reply missing = api.as("editor").post(revisions(id, "en") + "/1/restore", null);
    Api.Reply outdated =
        api.as("editor").header("If-Match", stale).post(revisions(id, "en") + "/1/restore", null);

    assertEquals(428, missing.status(), missing::toString);
    assertEquals(
        "https://tilmash.dev/problems/precondition-required", missing.json().getString("type"));
    assertEquals(412, outdated.status(), outdated::toString);
    assertEquals("https://tilmash.dev/problems/stale-etag", outdated.json().getString("type"));
    assertEquals(2, api.as("editor").get(revisions(id, "en")).json().getInt("total"));
  }

  @Test
  void shouldShowATranslatorTheWordsAMajorSourceChangeChanged() {
    String id = newsroom.article("Source changes", BODY);
    newsroom.publish(id, "en", "editor");
    startTranslation(id, "ru", "Экспорт зерна", "Казахстан вывез 4 млн тонн зерна.");
    newsroom.publish(id, "ru", "translator.ru");
    String changed = "Kazakhstan exported 5 million tonnes of wheat.";
    assertEquals(200, save(id, "en", "editor", title(id, "en"), changed).status());
    newsroom.publish(id, "en", "editor");

    Api.Reply changes = api.as("translator.ru").get(Newsroom.version(id, "ru") + "/source-changes");

    assertEquals(200, changes.status(), changes::toString);
    JsonObject json = changes.json();
    assertEquals("ru", json.getString("language"));
    assertEquals("en", json.getString("sourceLanguage"));
    assertEquals(1, json.getInt("basedOnSourceRevision"));
    assertEquals(2, json.getInt("currentSourceRevision"));
    assertTrue(json.getBoolean("outdated"));
    assertEquals("en", json.getJsonObject("diff").getString("language"));
    assertEquals(
        List.of(
            "equal:Kazakhstan exported ",
            "delete:4",
            "insert:5",
            "equal: million tonnes of ",
            "delete:grain",
            "insert:wheat",
            "equal:."),
        runs(json.getJsonObject("diff").getJsonObject("fields").getJsonArray("body")));

    Api.Reply ofSource = api.as("editor").get(Newsroom.version(id, "en") + "/source-changes");
    assertEquals(409, ofSource.status(), ofSource::toString);
    assertEquals(
        "https://tilmash.dev/problems/no-source-changes", ofSource.json().getString("type"));
    assertEquals("source", ofSource.json().getString("reason"));
  }

  private void startTranslation(String id, String lang, String title, String body) {
    Api.Reply created =
        api.as("translator." + lang)
            .header("If-None-Match", "*")
            .put(
                Newsroom.version(id, lang),
                Api.json("title", title, "summary", "Кратко", "body", body));
    assertEquals(201, created.status(), created::toString);
  }

  private Api.Reply save(String id, String lang, String user, String title, String body) {
    String summary = api.as("editor").get(Newsroom.version(id, lang)).json().getString("summary");
    return api.as(user)
        .header("If-Match", etag(id, lang))
        .put(
            Newsroom.version(id, lang), Api.json("title", title, "summary", summary, "body", body));
  }

  private String etag(String id, String lang) {
    return api.as("editor").get(Newsroom.version(id, lang)).header("ETag");
  }

  private String title(String id, String lang) {
    return api.as("editor").get(Newsroom.version(id, lang)).json().getString("title");
  }

  private JsonObject delivered(String id, String lang) {
    Api.Reply reply = api.get("content/articles/" + id + "?lang=" + lang);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static String revisions(String id, String lang) {
    return Newsroom.version(id, lang) + "/revisions";
  }

  private static List<String> runs(JsonArray runs) {
    return runs.stream()
        .map(JsonObject.class::cast)
        .map(run -> run.getString("op") + ":" + run.getString("text"))
        .toList();
  }
}
