package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The translation memory over HTTP: published translations feed it through the workflow, and
 * translators of other articles get its suggestions. Every test writes sentences with a word of its
 * own, so neither the demo newsroom nor other tests (nor their order) change what it finds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemoryIT {
  private static final String PROBLEMS = "https://tilmash.dev/problems/";
  private static final Random RANDOM = new Random();

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

  /** A made-up word no other test writes. */
  private static String word() {
    StringBuilder word = new StringBuilder("q");
    for (int i = 0; i < 7; i++) {
      word.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return word.toString();
  }

  private Api.Reply suggestions(String user, String id, String lang) {
    return api.as(user).get(Newsroom.version(id, lang) + "/suggestions");
  }

  private static JsonObject segment(Api.Reply reply, String source) {
    return reply.json().getJsonArray("segments").stream()
        .map(JsonValue::asJsonObject)
        .filter(segment -> source.equals(segment.getString("source", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no segment " + source + " in " + reply));
  }

  @Test
  void shouldSuggestAnExactAndAFuzzyMatchFromAPublishedRussianTranslation() {
    String code = word();
    String shared =
        "Grain exports through the port of Aktau reached four million tonnes in " + code + ".";
    String meeting = "The ministers of " + code + " discussed new ferries across the Caspian Sea";
    String first = newsroom.article("Grain", shared + "\n\n" + meeting + " yesterday.\n");
    newsroom.publish(first, "en", "editor");
    String sharedRu =
        "Экспорт зерна через порт Актау в " + code + " достиг четырёх миллионов тонн.";
    String meetingRu = "Министры " + code + " вчера обсудили новые паромы через Каспийское море.";
    newsroom.translate(first, "ru", "translator.ru", "Зерно", sharedRu + "\n\n" + meetingRu + "\n");
    newsroom.publish(first, "ru", "translator.ru");

    String second = newsroom.article("Ferries", shared + "\n\n" + meeting + " today.\n");
    Api.Reply reply = suggestions("translator.ru", second, "ru");

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("en", reply.json().getString("sourceLanguage"));
    assertEquals("ru", reply.json().getString("language"));
    assertEquals(1, reply.json().getInt("sourceRevision"));
    JsonObject exact = segment(reply, shared).getJsonObject("exact");
    assertEquals(sharedRu, exact.getString("targetText"));
    assertEquals(1.0, exact.getJsonNumber("similarity").doubleValue());
    assertEquals(first, exact.getString("articleId"));
    assertEquals("ru", exact.getString("language"));
    assertEquals(1, exact.getInt("revision"));
    JsonObject changed = segment(reply, meeting + " today.");
    assertFalse(changed.containsKey("exact"), changed::toString);
    JsonObject fuzzy = changed.getJsonArray("fuzzy").getJsonObject(0);
    assertEquals(meetingRu, fuzzy.getString("targetText"));
    assertEquals(meeting + " yesterday.", fuzzy.getString("sourceText"));
    assertEquals(1 - 1 / 12.0, fuzzy.getJsonNumber("similarity").doubleValue(), 1e-9);
    assertEquals("body", changed.getString("field"));
    assertEquals(1, changed.getInt("block"));
  }

  @Test
  void shouldNeverSuggestADraftOrATranslationInReview() {
    String code = word();
    String sentence = "Tariffs on the " + code + " corridor will fall next spring.";
    String id = newsroom.article("Tariffs", sentence + "\n");
    newsroom.publish(id, "en", "editor");
    newsroom.translate(
        id, "ru", "translator.ru", "Тарифы", "Тарифы на коридоре " + code + " снизятся весной.\n");
    Api.Reply draft = suggestions("translator.ru", id, "ru");
    assertEquals(200, newsroom.step(id, "ru", "translator.ru", "submit").status());
    Api.Reply inReview = suggestions("editor", newsroom.article("Again", sentence + "\n"), "ru");

    for (Api.Reply reply : new Api.Reply[] {draft, inReview}) {
      assertEquals(200, reply.status(), reply::toString);
      JsonObject segment = segment(reply, sentence);
      assertFalse(segment.containsKey("exact"), segment::toString);
      assertTrue(segment.getJsonArray("fuzzy").isEmpty(), segment::toString);
      assertFalse(reply.body().contains("снизятся"), reply::toString);
    }
  }

  @Test
  void shouldRefuseSuggestionsForTheSourceLanguageAnUnknownArticleAndStrangers() {
    String id = newsroom.article("Source", "Only English words.\n");

    Api.Reply source = suggestions("translator.kk", id, "en");
    assertEquals(409, source.status(), source::toString);
    assertEquals(PROBLEMS + "not-a-translation", source.json().getString("type"));
    assertEquals("en", source.json().getString("language"));

    Api.Reply unknown = suggestions("translator.kk", "no-such-article", "kk");
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals(PROBLEMS + "article-not-found", unknown.json().getString("type"));

    Api.Reply anonymous = api.get(Newsroom.version(id, "kk") + "/suggestions");
    assertEquals(401, anonymous.status(), anonymous::toString);
  }
}
