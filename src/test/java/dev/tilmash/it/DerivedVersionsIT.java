package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Script variants derived by transliteration over HTTP on a real Liberty, whose test configuration
 * adds uz-Cyrl (from uz), zh-Hant (from zh) and kk-Latn (from kk) to the language set: derive,
 * review, publish, deliver; outdated when the sibling is republished; derived again in one action.
 * Every test makes its own article, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DerivedVersionsIT {
  private static final String UZBEK_BODY =
      "Oʻzbekiston va Qozogʻiston oʻrtasidagi **savdo hajmi** oʻsdi.\n\n"
          + "Batafsil: [rasmiy sayt](https://gov.uz/oz/news/savdo), kod `uz-Latn`.\n";

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

  /** An English article with a translation in {@code lang} published by its translator. */
  private String publishedTranslation(String lang, String title, String body) {
    String id = newsroom.article("Trade report", "Trade between the neighbours grew.");
    newsroom.publish(id, "en", "editor");
    Api.Reply created =
        api.as("translator." + lang)
            .header("If-None-Match", "*")
            .put(Newsroom.version(id, lang), Api.json("title", title, "body", body));
    assertEquals(201, created.status(), created::toString);
    newsroom.publish(id, lang, "translator." + lang);
    return id;
  }

  private Api.Reply derive(String id, String lang, String user) {
    return api.as(user).post(Newsroom.version(id, lang) + "/derive", null);
  }

  private JsonObject version(String id, String lang) {
    Api.Reply reply = api.as("editor").get(Newsroom.version(id, lang));
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private String etag(String id, String lang) {
    return api.as("editor").get(Newsroom.version(id, lang)).header("ETag");
  }

  @Test
  void shouldDeriveUzbekCyrillicReviewPublishAndDeliverIt() {
    String id = publishedTranslation("uz", "Savdo hajmi oʻsdi", UZBEK_BODY);

    Api.Reply derived = derive(id, "uz-Cyrl", "editor");

    assertEquals(201, derived.status(), derived::toString);
    assertTrue(derived.header("Location").endsWith("/api/v1/articles/" + id + "/versions/uz-Cyrl"));
    assertEquals("uz-Cyrl", derived.header("Content-Language"));
    JsonObject draft = derived.json();
    assertEquals("DRAFT", draft.getString("state"));
    assertEquals("Савдо ҳажми ўсди", draft.getString("title"));
    assertEquals(
        "Ўзбекистон ва Қозоғистон ўртасидаги **савдо ҳажми** ўсди.\n\n"
            + "Батафсил: [расмий сайт](https://gov.uz/oz/news/savdo), код `uz-Latn`.\n",
        draft.getString("body"));
    assertEquals("uz", draft.getString("derivedFrom"));
    assertEquals(1, draft.getInt("derivedFromRevision"));
    assertFalse(draft.getBoolean("outdated"));
    JsonObject revision =
        api.as("editor")
            .get(Newsroom.version(id, "uz-Cyrl") + "/history")
            .json()
            .getJsonArray("revisions")
            .getJsonObject(0);
    assertEquals(
        "derived from uz revision 1 by ICU transliteration", revision.getString("comment"));

    newsroom.publish(id, "uz-Cyrl", "editor");

    Api.Reply delivered = api.header("Accept-Language", "uz-Cyrl").get("content/articles/" + id);
    assertEquals(200, delivered.status(), delivered::toString);
    assertEquals("uz-Cyrl", delivered.json().getString("language"));
    assertFalse(delivered.json().getBoolean("fallback"));
    assertEquals("uz-Cyrl", delivered.header("Content-Language"));
    assertEquals("Савдо ҳажми ўсди", delivered.json().getString("title"));
    String html = delivered.json().getString("body");
    assertTrue(html.contains("<strong>савдо ҳажми</strong>"), html);
    assertTrue(html.contains("href=\"https://gov.uz/oz/news/savdo\""), html);
    assertTrue(html.contains("<code>uz-Latn</code>"), html);
  }

  @Test
  void shouldOutdateTheDerivedVersionWhenTheSiblingIsRepublishedAndRegenerateItInOneAction() {
    String id = publishedTranslation("uz", "Savdo forumi", "Forum Toshkentda boʻldi.");
    assertEquals(201, derive(id, "uz-Cyrl", "editor").status());
    newsroom.publish(id, "uz-Cyrl", "editor");
    assertFalse(version(id, "uz-Cyrl").getBoolean("outdated"));

    Api.Reply edited =
        api.as("translator.uz")
            .header("If-Match", etag(id, "uz"))
            .put(
                Newsroom.version(id, "uz"),
                Api.json("title", "Savdo forumi yakunlandi", "body", "Forum Samarqandda boʻldi."));
    assertEquals(200, edited.status(), edited::toString);
    assertFalse(version(id, "uz-Cyrl").getBoolean("outdated"), "a draft outdates nothing");
    newsroom.publish(id, "uz", "translator.uz");

    JsonObject outdated = version(id, "uz-Cyrl");
    assertTrue(outdated.getBoolean("outdated"));
    assertEquals("PUBLISHED", outdated.getString("state"), "an outdated version stays live");
    Api.Reply list = api.as("editor").get("articles?language=uz-Cyrl&outdated=true&size=100");
    assertTrue(list.body().contains(id), list::toString);
    Api.Reply changes = api.as("editor").get(Newsroom.version(id, "uz-Cyrl") + "/source-changes");
    assertEquals(200, changes.status(), changes::toString);
    assertEquals("uz", changes.json().getString("sourceLanguage"));
    assertEquals(2, changes.json().getInt("currentSourceRevision"));

    Api.Reply withoutIfMatch = derive(id, "uz-Cyrl", "editor");
    assertEquals(428, withoutIfMatch.status(), withoutIfMatch::toString);
    Api.Reply again =
        api.as("editor")
            .header("If-Match", etag(id, "uz-Cyrl"))
            .post(Newsroom.version(id, "uz-Cyrl") + "/derive", null);
    assertEquals(200, again.status(), again::toString);
    assertEquals("Савдо форуми якунланди", again.json().getString("title"));
    assertEquals("DRAFT", again.json().getString("state"));
    assertEquals(2, again.json().getInt("derivedFromRevision"));
    assertFalse(again.json().getBoolean("outdated"));

    newsroom.publish(id, "uz-Cyrl", "editor");
    assertFalse(version(id, "uz-Cyrl").getBoolean("outdated"));
    Api.Reply delivered = api.get("content/articles/" + id + "?lang=uz-Cyrl");
    assertEquals("Савдо форуми якунланди", delivered.json().getString("title"));
  }

  @Test
  void shouldDeriveTraditionalChineseFromSimplified() {
    String id = publishedTranslation("zh", "中亚贸易继续增长", "中国与中亚国家的贸易额继续增长。");

    Api.Reply derived = derive(id, "zh-Hant", "editor");

    assertEquals(201, derived.status(), derived::toString);
    assertEquals("中亞貿易繼續增長", derived.json().getString("title"));
    assertEquals("中國與中亞國家的貿易額繼續增長。", derived.json().getString("body"));
    newsroom.publish(id, "zh-Hant", "editor");
    Api.Reply taiwan = api.header("Accept-Language", "zh-TW").get("content/articles/" + id);
    assertEquals("zh-Hant", taiwan.json().getString("language"), taiwan::toString);
  }

  @Test
  void shouldDeriveKazakhLatinWithTheKazakhLettersMapped() {
    String id =
        publishedTranslation(
            "kk",
            "Әңгіме: ғасыр жобасы",
            "Қазақстан өңірлері ұлттық жобаға үлес қосты. Әр өңір — іргелі қадам.");

    Api.Reply derived = derive(id, "kk-Latn", "editor");

    assertEquals(201, derived.status(), derived::toString);
    assertEquals("Äñgıme: ğasyr jobasy", derived.json().getString("title"));
    assertEquals(
        "Qazaqstan öñırlerı ūlttyq jobağa üles qosty. Är öñır — ırgelı qadam.",
        derived.json().getString("body"));
  }

  @Test
  void shouldRefuseALanguageThatIsNotDerived() {
    String id = publishedTranslation("ru", "Торговля", "Текст.");

    Api.Reply refused = derive(id, "ru", "editor");

    assertEquals(422, refused.status(), refused::toString);
    assertEquals("https://tilmash.dev/problems/not-derived", refused.json().getString("type"));
    assertEquals(
        "[\"uz-Cyrl\",\"zh-Hant\",\"kk-Latn\"]",
        refused.json().getJsonArray("derivedLanguages").toString());
    assertEquals("application/problem+json;charset=UTF-8", refused.header("Content-Type"));
  }

  @Test
  void shouldRefuseWhenTheSiblingHasNoVersionAndATranslatorOfAnotherLanguage() {
    String id = newsroom.article("No Kazakh", "Nothing to derive from.");

    Api.Reply noSibling = derive(id, "kk-Latn", "editor");
    assertEquals(409, noSibling.status(), noSibling::toString);
    assertEquals("https://tilmash.dev/problems/cannot-derive", noSibling.json().getString("type"));
    assertEquals("missing", noSibling.json().getString("reason"));

    Api.Reply translator = derive(id, "uz-Cyrl", "translator.uz");
    assertEquals(403, translator.status(), translator::toString);
    assertEquals("uz-Cyrl", translator.json().getString("language"));
  }
}
