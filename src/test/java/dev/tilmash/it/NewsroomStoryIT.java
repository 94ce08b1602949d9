package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The newsroom's whole story over HTTP on a real Liberty: an editor creates, a translator
 * translates and submits, a second editor approves, the editor publishes, and client sites read it
 * in their language. Every test makes its own article, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsroomStoryIT {
  private static final String BODY =
      "The **Middle Corridor** links Kazakhstan's ports with the Caucasus.\n\n"
          + "## Figures\n\n- about 4 million tonnes\n- about 50,000 containers\n";

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
  void shouldTakeARussianTranslationFromEditorToReader() {
    String id = newsroom.article("Corridor report", BODY);
    Api.Reply created = api.as("editor").get("articles/" + id);
    assertEquals(
        "DRAFT", created.json().getJsonArray("versions").getJsonObject(0).getString("state"));

    newsroom.translate(
        id, "ru", "translator.ru", "Средний коридор", "Текст о **Среднем коридоре**.");
    newsroom.publish(id, "ru", "translator.ru");

    Api.Reply russian = api.header("Accept-Language", "ru").get("content/articles/" + id);
    assertEquals(200, russian.status(), russian::toString);
    assertEquals("ru", russian.json().getString("language"));
    assertFalse(russian.json().getBoolean("fallback"));
    assertEquals("ru", russian.header("Content-Language"));
    assertTrue(russian.json().getString("body").contains("<strong>Среднем коридоре</strong>"));

    Api.Reply kazakh = api.header("Accept-Language", "kk-KZ").get("content/articles/" + id);
    assertEquals(200, kazakh.status(), kazakh::toString);
    assertEquals("ru", kazakh.json().getString("language"));
    assertEquals("kk", kazakh.json().getString("requestedLanguage"));
    assertTrue(kazakh.json().getBoolean("fallback"));
  }

  @Test
  void shouldDeliverEveryPromisedFieldAndHeader() {
    String id = newsroom.article("Summit preview", BODY);
    newsroom.publish(id, "en", "editor");
    newsroom.translate(
        id, "ru", "translator.ru", "Саммит", "Первое предложение. Второе предложение.");
    newsroom.publish(id, "ru", "translator.ru");

    Api.Reply reply = api.get("content/articles/" + id + "?lang=ru");
    var json = reply.json();
    for (String field :
        List.of(
            "id",
            "language",
            "requestedLanguage",
            "title",
            "summary",
            "body",
            "slug",
            "tags",
            "publishedAt",
            "publishedAtText",
            "translations")) {
      assertTrue(json.containsKey(field), field);
    }
    assertTrue(
        json.getString("publishedAtText").matches(".*\\d{4}.*г\\..*"),
        json.getString("publishedAtText"));
    assertEquals(4, json.getInt("wordCount"));
    assertEquals(1, json.getInt("readingMinutes"));
    assertEquals("en", json.getJsonArray("translations").getJsonObject(0).getString("language"));
    assertEquals("Accept-Language, Accept-Encoding", reply.header("Vary"));
    assertNotNull(reply.header("ETag"));
    assertNotNull(reply.header("Last-Modified"));
    assertTrue(reply.header("Cache-Control").contains("max-age="));
    assertEquals(2, reply.headers("Link").size(), reply.headers("Link")::toString);
    assertTrue(reply.headers("Link").stream().anyMatch(l -> l.endsWith("hreflang=\"en\"")));

    String slug = json.getString("slug");
    Api.Reply bySlug = api.header("Accept-Language", "en").get("content/articles/" + slug);
    assertEquals("en", bySlug.json().getString("language"), "a Russian slug finds the article");
  }

  @Test
  void shouldAnswerFromTheCacheWithTheSameBytesAndHeadersAsTheFirstRendering() {
    String id = newsroom.article("Corridor timetable", BODY);
    newsroom.publish(id, "en", "editor");
    newsroom.translate(id, "kk", "translator.kk", "Дәліз кестесі", "Бірінші сөйлем.");
    newsroom.publish(id, "kk", "translator.kk");
    Api reader = api.header("Accept-Language", "kk-KZ,ru;q=0.8");

    for (String path :
        List.of("content/articles/" + id, "content/articles?lang=kk&size=5&fallback=true")) {
      Api.Reply rendered = reader.get(path);
      Api.Reply cached = reader.get(path);
      assertEquals(200, rendered.status(), rendered::toString);
      assertEquals(rendered.status(), cached.status(), path);
      assertEquals(rendered.body(), cached.body(), path);
      assertEquals(withoutDate(rendered), withoutDate(cached), path);
    }
  }

  private static java.util.Map<String, List<String>> withoutDate(Api.Reply reply) {
    var headers = new java.util.TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
    reply.response().headers().map().forEach(headers::put);
    headers.remove("Date");
    headers.remove(":status");
    return headers;
  }

  @Test
  void shouldAnswerNotModifiedToAConditionalGet() {
    String id = newsroom.article("Trade figures", BODY);
    newsroom.publish(id, "en", "editor");
    Api.Reply first = api.get("content/articles/" + id);
    assertEquals(200, first.status());

    Api.Reply byEtag =
        api.header("If-None-Match", first.header("ETag")).get("content/articles/" + id);
    assertEquals(304, byEtag.status());
    assertEquals(first.header("ETag"), byEtag.header("ETag"));

    Api.Reply byDate =
        api.header("If-Modified-Since", first.header("Last-Modified"))
            .get("content/articles/" + id);
    assertEquals(304, byDate.status());

    Api.Reply otherLanguage =
        api.header("If-None-Match", first.header("ETag"))
            .header("Accept-Language", "zh-CN")
            .get("content/articles/" + id);
    assertEquals(
        200, otherLanguage.status(), "the zh reader gets a fallback variant with its own ETag");
  }

  @Test
  void shouldRefuseAKazakhTranslatorOnRussian() {
    String id = newsroom.article("Scope", BODY);
    String etag = newsroom.translate(id, "ru", "translator.ru", "Тест", "Текст.");
    Api.Reply refused =
        api.as("translator.kk")
            .header("If-Match", etag)
            .put(Newsroom.version(id, "ru"), Api.json("title", "Чужой", "body", "Текст."));
    assertEquals(403, refused.status(), refused::toString);
    assertEquals("https://tilmash.dev/problems/missing-language", refused.json().getString("type"));
    assertEquals("ru", refused.json().getString("language"));
    assertEquals("application/problem+json;charset=UTF-8", refused.header("Content-Type"));
  }

  @Test
  void shouldNeverLetTheSubmitterApproveTheirOwnSubmission() {
    String id = newsroom.article("Four eyes", BODY);
    assertEquals(200, newsroom.step(id, "en", "editor", "submit").status());
    Api.Reply own = newsroom.step(id, "en", "editor", "approve");
    assertEquals(403, own.status(), own::toString);
    assertEquals("https://tilmash.dev/problems/four-eyes", own.json().getString("type"));
    assertEquals(200, newsroom.step(id, "en", "editor2", "approve").status());
  }

  @Test
  void shouldNameTheStateAndAllowedActionsForAWrongStep() {
    String id = newsroom.article("Wrong step", BODY);
    Api.Reply wrong = newsroom.step(id, "en", "editor", "publish");
    assertEquals(409, wrong.status(), wrong::toString);
    assertEquals("DRAFT", wrong.json().getString("state"));
    assertTrue(wrong.json().getJsonArray("allowedActions").toString().contains("submit"));
    assertTrue(wrong.json().getString("detail").contains("DRAFT"));
  }

  @Test
  void shouldRefuseAStaleEtagAndAMissingOne() {
    String id = newsroom.article("Etags", BODY);
    String etag = newsroom.translate(id, "ru", "translator.ru", "Версия", "Один.");
    Api translator = api.as("translator.ru");
    Api.Reply saved =
        translator
            .header("If-Match", etag)
            .put(Newsroom.version(id, "ru"), Api.json("title", "Два", "body", "Два."));
    assertEquals(200, saved.status(), saved::toString);
    Api.Reply stale =
        translator
            .header("If-Match", etag)
            .put(Newsroom.version(id, "ru"), Api.json("title", "Три", "body", "Три."));
    assertEquals(412, stale.status(), stale::toString);
    Api.Reply missing =
        translator.put(Newsroom.version(id, "ru"), Api.json("title", "Три", "body", "Три."));
    assertEquals(428, missing.status(), missing::toString);
    Api.Reply again =
        translator
            .header("If-None-Match", "*")
            .put(Newsroom.version(id, "ru"), Api.json("title", "Три", "body", "Три."));
    assertEquals(412, again.status(), again::toString);
    assertEquals("Два", api.as("editor").get(Newsroom.version(id, "ru")).json().getString("title"));
  }

  @Test
  void shouldLetExactlyOneOfTwoConcurrentWritersWin() throws Exception {
    String id = newsroom.article("Race", BODY);
    String etag = newsroom.translate(id, "ru", "translator.ru", "Гонка", "Начало.");
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> writers =
        List.of("editor", "translator.ru").stream()
            .map(
                user ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          awaitQuietly(start);
                          return api.as(user)
                              .header("If-Match", etag)
                              .put(
                                  Newsroom.version(id, "ru"),
                                  Api.json("title", user, "body", user + " wrote this."))
                              .status();
                        }))
            .toList();
    start.countDown();
    List<Integer> statuses = writers.stream().map(CompletableFuture::join).sorted().toList();
    assertEquals(List.of(200, 412), statuses);
    Api.Reply history = api.as("editor").get(Newsroom.version(id, "ru") + "/history");
    assertEquals(2, history.json().getJsonArray("revisions").size(), "one winner, one revision");
  }

  @Test
  void shouldNeverDeliverScriptFromABody() {
    String id =
        newsroom.article(
            "Hostile body",
            "Text <script>alert('x')</script> and <img src=x onerror=alert(1)>.\n\n"
                + "[click](javascript:alert(1)) <a href=\"javascript&#58;alert(1)\">b</a>"
                + " <iframe src=\"https://example.org\"></iframe><svg onload=alert(1)>");
    newsroom.publish(id, "en", "editor");
    String body = api.get("content/articles/" + id).json().getString("body").toLowerCase();
    for (String hostile :
        List.of("<script", "onerror", "javascript:", "<iframe", "onload", "<svg")) {
      assertFalse(body.contains(hostile), hostile + " in " + body);
    }
    String preview = api.as("editor").get(Newsroom.version(id, "en")).json().getString("bodyHtml");
    assertFalse(preview.toLowerCase().contains("<script"));
  }

  @Test
  void shouldRecordEveryTransition() {
    String id = newsroom.article("History", BODY);
    newsroom.publish(id, "en", "editor");
    Api.Reply history = api.as("translator.ru").get(Newsroom.version(id, "en") + "/history");
    var steps = history.json().getJsonArray("transitions");
    assertEquals(3, steps.size(), history::toString);
    var approve = steps.getJsonObject(1);
    assertEquals("approve", approve.getString("action"));
    assertEquals("IN_REVIEW", approve.getString("from"));
    assertEquals("APPROVED", approve.getString("to"));
    assertEquals("editor2", approve.getString("by"));
    assertEquals(1, approve.getInt("revision"));
    assertTrue(approve.containsKey("at"));
  }

  @Test
  void shouldServeTheDemoNewsroomLoadedIntoTheEmptyDatabase() {
    Api.Reply russian = api.get("content/articles?lang=ru&size=100");
    assertTrue(russian.json().getInt("total") >= 6, russian::toString);
    Api.Reply outdated = api.as("editor").get("articles?outdated=true&language=kk");
    assertTrue(
        outdated.body().contains("Aliya Temirkhanova"), "the expert opinion is outdated in kk");
    Api.Reply inReview = api.as("editor").get("articles?state=IN_REVIEW&language=uz");
    assertTrue(inReview.json().getInt("total") >= 1, inReview::toString);
    Api.Reply kazakh = api.get("content/articles?lang=kk&size=100");
    assertTrue(kazakh.body().contains("ә") || kazakh.body().contains("қ"), "proper Kazakh letters");
  }

  @Test
  void shouldShowTranslationsAsOutdatedUntilTheyFollowTheSourceAgain() {
    String id = newsroom.article("Grain corridor", "Grain moves by rail.");
    newsroom.publish(id, "en", "editor");
    newsroom.translate(
        id, "ru", "translator.ru", "Зерновой коридор", "Зерно идёт по железной дороге.");
    newsroom.publish(id, "ru", "translator.ru");
    newsroom.translate(id, "kk", "translator.kk", "Астық дәлізі", "Астық теміржолмен жүреді.");
    newsroom.publish(id, "kk", "translator.kk");
    assertEquals(0, outdated(id, "ru") + outdated(id, "kk"));

    String etag = api.as("editor").get(Newsroom.version(id, "en")).header("ETag");
    api.as("editor")
        .header("If-Match", etag)
        .put(
            Newsroom.version(id, "en"),
            Api.json("title", "Grain corridor", "body", "Grain and cotton move by rail."));
    Api.Reply typo = api.as("editor").get(Newsroom.version(id, "en"));
    assertEquals("DRAFT", typo.json().getString("state"));
    newsroom.publish(id, "en", "editor");
    assertEquals(1, outdated(id, "ru"));
    assertEquals(1, outdated(id, "kk"));

    Api.Reply changes = api.as("translator.ru").get(Newsroom.version(id, "ru") + "/source-changes");
    assertEquals(200, changes.status(), changes::toString);
    assertTrue(changes.body().contains("cotton"), changes::toString);

    String ruEtag = api.as("translator.ru").get(Newsroom.version(id, "ru")).header("ETag");
    Api.Reply updated =
        api.as("translator.ru")
            .header("If-Match", ruEtag)
            .put(
                Newsroom.version(id, "ru"),
                Api.json(
                    "title", "Зерновой коридор",
                    "body", "Зерно и хлопок идут по железной дороге.",
                    "basedOnSourceRevision", 2));
    assertEquals(200, updated.status(), updated::toString);
    newsroom.publish(id, "ru", "translator.ru");
    assertEquals(0, outdated(id, "ru"), "Russian follows the source again");
    assertEquals(1, outdated(id, "kk"), "Kazakh still does not");
    assertEquals(
        200,
        api.get("content/articles/" + id + "?lang=kk").status(),
        "an outdated translation stays live");
  }

  @Test
  void shouldNotOutdateTranslationsForAMinorSourceChange() {
    String id = newsroom.article("Typo fix", "Teh corridor.");
    newsroom.publish(id, "en", "editor");
    newsroom.translate(id, "ru", "translator.ru", "Опечатка", "Коридор.");
    newsroom.publish(id, "ru", "translator.ru");
    String etag = api.as("editor").get(Newsroom.version(id, "en")).header("ETag");
    api.as("editor")
        .header("If-Match", etag)
        .put(Newsroom.version(id, "en"), Api.json("title", "Typo fix", "body", "The corridor."));
    assertEquals(200, newsroom.step(id, "en", "editor", "submit").status());
    assertEquals(200, newsroom.step(id, "en", "editor2", "approve").status());
    Api.Reply minor =
        api.as("editor")
            .post(
                Newsroom.version(id, "en") + "/transitions",
                Api.json("action", "publish", "minor", true));
    assertEquals(200, minor.status(), minor::toString);
    assertEquals(0, outdated(id, "ru"));
  }

  @Test
  void shouldNeverServeAVersionAfterItsUnpublishHasReturned() {
    String id = newsroom.article("Cache race", BODY);
    for (int round = 0; round < 3; round++) {
      newsroom.publish(id, "en", "editor");
      assertEquals(200, api.get("content/articles/" + id).status(), "cached now");
      List<Integer> afterUnpublish =
          ReadsDuring.readAfter(
              () -> api.get("content/articles/" + id).status(),
              () -> {
                Api.Reply down = newsroom.step(id, "en", "editor", "unpublish");
                assertEquals(200, down.status(), down::toString);
              });
      assertFalse(afterUnpublish.isEmpty());
      assertTrue(
          afterUnpublish.stream().allMatch(status -> status == 404),
          "reads after the unpublish returned: " + afterUnpublish);
    }
  }

  /** How many of the article's versions in that language the editorial list calls outdated. */
  private int outdated(String id, String lang) {
    Api.Reply list = api.as("editor").get("articles?outdated=true&language=" + lang + "&size=100");
    return list.body().contains(id) ? 1 : 0;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
