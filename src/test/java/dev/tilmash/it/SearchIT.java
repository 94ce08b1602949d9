package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.search.TitleCollation;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Full-text search and title order over HTTP on a real Liberty, with Hibernate Search indexing as
 * the workflow commits. Every test writes its own articles with a number no other test uses and
 * searches for that number too, so the demo content and the other tests never get in the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  private Api api;
  private Newsroom newsroom;
  private String marker;

  @BeforeEach
  void connect() {
    api = Api.anonymous(base);
    newsroom = new Newsroom(api);
    marker = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private Api.Reply search(String q, String lang) {
    return api.get("content/search?q=" + encode(q) + (lang == null ? "" : "&lang=" + encode(lang)));
  }

  private List<JsonObject> items(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  /** An article whose version in {@code lang} is live with this title (and a UUID after it). */
  private String publishedIn(String lang, String translator, String title, String body) {
    String id = newsroom.article("Search test " + marker, "Body " + marker);
    newsroom.translate(id, lang, translator, title, body);
    newsroom.publish(id, lang, translator);
    return id;
  }

  @Test
  void shouldFindRussianTextByAnotherFormOfTheWord() {
    String id =
        publishedIn("ru", "translator.ru", "Средний коридор " + marker, "Грузы идут по коридору.");

    List<JsonObject> found = items(search("коридоры " + marker, "ru"));

    assertEquals(1, found.size(), found::toString);
    assertEquals(id, found.get(0).getString("id"));
    assertEquals("ru", found.get(0).getString("language"));
    String title = found.get(0).getJsonObject("highlights").getJsonArray("title").getString(0);
    assertTrue(title.contains("<mark>коридор</mark>"), title);
    assertTrue(found.get(0).getString("url").contains("lang=ru"));
  }

  @Test
  void shouldFindChineseWords() {
    String id = publishedIn("zh", "translator.zh", "中亚交通走廊 " + marker, "中亚国家加强合作。");

    List<JsonObject> found = items(search("中亚 " + marker, "zh"));

    assertEquals(List.of(id), found.stream().map(o -> o.getString("id")).toList());
    String title = found.get(0).getJsonObject("highlights").getJsonArray("title").getString(0);
    assertTrue(title.contains("<mark>中亚</mark>"), title);
  }

  @Test
  void shouldFindLatinUzbekTextWithACyrillicQuery() {
    String id =
        publishedIn(
            "uz", "translator.uz", "Oʻzbekiston yoʻllari " + marker, "Yangi yoʻllar quriladi.");

    List<JsonObject> found = items(search("Ўзбекистон " + marker, "uz"));

    assertEquals(List.of(id), found.stream().map(o -> o.getString("id")).toList());
    String title = found.get(0).getJsonObject("highlights").getJsonArray("title").getString(0);
    assertTrue(title.contains("<mark>Oʻzbekiston</mark>"), title);
  }

  @Test
  void shouldNotFindWhatIsNotPublished() {
    String id = newsroom.article("Embargoed " + marker, "Secret plans " + marker);
    assertEquals(0, search(marker, "en").json().getInt("total"));

    newsroom.publish(id, "en", "editor");
    assertEquals(1, search(marker, "en").json().getInt("total"));

    Api.Reply unpublished = newsroom.step(id, "en", "editor", "unpublish");
    assertEquals(200, unpublished.status(), unpublished::toString);
    assertEquals(0, search(marker, "en").json().getInt("total"));
    assertEquals(0, search(marker, null).json().getInt("total"));
  }

  @Test
  void shouldNeverFindAVersionAfterItsUnpublishHasReturned() {
    String id = newsroom.article("Search race " + marker, "Body " + marker);
    for (int round = 0; round < 3; round++) {
      newsroom.publish(id, "en", "editor");
      assertEquals(1, search(marker, "en").json().getInt("total"), "remembered now");
      List<Integer> totalsAfter =
          ReadsDuring.readAfter(
              () -> search(marker, "en").json().getInt("total"),
              () -> {
                Api.Reply down = newsroom.step(id, "en", "editor", "unpublish");
                assertEquals(200, down.status(), down::toString);
              });
      assertFalse(totalsAfter.isEmpty());
      assertTrue(
          totalsAfter.stream().allMatch(total -> total == 0),
          "totals found after the unpublish returned: " + totalsAfter);
    }
  }

  @Test
  void shouldPageResultsNewestFirst() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = newsroom.article("Trade note " + marker, "Exports and imports.");
      newsroom.publish(id, "en", "editor");
      ids.add(0, id);
    }

    Api.Reply first = api.get("content/search?lang=en&size=2&page=0&q=" + marker);
    Api.Reply second = api.get("content/search?lang=en&size=2&page=1&q=" + marker);

    assertEquals(3, first.json().getInt("total"));
    assertEquals(2, first.json().getInt("size"));
    List<String> paged = new ArrayList<>();
    items(first).forEach(o -> paged.add(o.getString("id")));
    items(second).forEach(o -> paged.add(o.getString("id")));
    assertEquals(ids, paged);
  }

  @Test
  void shouldRefuseBlankQueriesAndUnknownLanguages() {
    Api.Reply blank = api.get("content/search?q=%20");
    assertEquals(400, blank.status(), blank::toString);
    assertEquals(
        "https://tilmash.dev/problems/invalid-search-query", blank.json().getString("type"));
    assertEquals(200, blank.json().getInt("maxLength"));

    Api.Reply tooLong = search("x".repeat(201), null);
    assertEquals(400, tooLong.status(), tooLong::toString);

    Api.Reply french = search("corridor", "fr");
    assertEquals(404, french.status(), french::toString);
    assertEquals(
        "https://tilmash.dev/problems/unsupported-language", french.json().getString("type"));
  }

  @Test
  void shouldFindWorkingTitlesForEditors() {
    String id = newsroom.article("Draft note " + marker, "Body");
    newsroom.translate(id, "ru", "translator.ru", "Коридоры " + marker, "Текст");

    Api.Reply list = api.as("editor").get("articles?language=ru&q=" + encode("коридор " + marker));

    assertEquals(200, list.status(), list::toString);
    assertEquals(
        List.of(id),
        list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("id"))
            .toList());
  }

  @Test
  void shouldSortKazakhTitlesByKazakhCollation() {
    for (String title : List.of("Ғарыш " + marker, "Бала " + marker, "Әбу " + marker)) {
      publishedIn("kk", "translator.kk", title, "Мәтін.");
    }
    publishedIn("kk", "translator.kk", "Гүл " + marker, "Мәтін.");
    publishedIn("kk", "translator.kk", "Ата " + marker, "Мәтін.");

    List<String> titles = new ArrayList<>();
    int total = 0;
    for (int page = 0; page == 0 || titles.size() < total; page++) {
      Api.Reply reply = api.get("content/articles?lang=kk&sort=title&size=3&page=" + page);
      assertEquals("kk", reply.header("Content-Language"));
      total = reply.json().getInt("total");
      List<JsonObject> items = items(reply);
      assertTrue(!items.isEmpty() || titles.size() >= total, reply::toString);
      items.forEach(o -> titles.add(o.getString("title")));
    }

    assertEquals(titles.stream().sorted(TitleCollation.order("kk")).toList(), titles);
    List<String> mine = titles.stream().filter(t -> t.contains(marker)).toList();
    assertEquals(
        List.of("Ата", "Әбу", "Бала", "Гүл", "Ғарыш"),
        mine.stream().map(t -> t.substring(0, t.indexOf(' '))).toList());
  }

  @Test
  void shouldRefuseUnknownSortsAndTitleOrderWithFallback() {
    Api.Reply unknown = api.get("content/articles?lang=kk&sort=length");
    assertEquals(400, unknown.status(), unknown::toString);
    assertEquals(
        List.of("published", "title"),
        unknown
            .json()
            .getJsonArray("allowedValues")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());

    Api.Reply fallback = api.get("content/articles?lang=kk&sort=title&fallback=true");
    assertEquals(400, fallback.status(), fallback::toString);
  }
}
