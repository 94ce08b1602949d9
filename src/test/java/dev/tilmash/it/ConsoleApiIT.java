package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two read-only pieces the console added to the API: its words ({@code GET /console/messages},
 * public) and what the caller may do to a version now, with the reason for each refusal ({@code GET
 * …/actions}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleApiIT {
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
  void shouldServeTheConsoleWordsToAnyoneInTheLanguageAsked() {
    Api.Reply reply = api.get("console/messages?lang=kk");

    assertEquals(200, reply.status(), reply::toString);
    assertEquals("kk", reply.json().getString("language"));
    assertEquals("kk", reply.header("Content-Language"));
    assertEquals("Құпиясөз", reply.json().getJsonObject("messages").getString("signIn.password"));
    var names = reply.json().getJsonObject("languageNames");
    assertEquals(
        com.ibm.icu.util.ULocale.ENGLISH.getDisplayName(
            com.ibm.icu.util.ULocale.forLanguageTag("kk")),
        names.getString("en"));
    assertEquals("қазақ тілі", names.getString("kk"));
  }

  @Test
  void shouldFollowAcceptLanguageAndTreatGarbageAsNoPreference() {
    Api.Reply uzbek = api.header("Accept-Language", "uz-Latn-UZ,ru;q=0.5").get("console/messages");
    Api.Reply garbage = api.get("console/messages?lang=%7B%7D%3B%3Bq%3Dx");

    assertEquals("uz", uzbek.json().getString("language"));
    assertEquals(200, garbage.status(), garbage::toString);
    assertEquals("en", garbage.json().getString("language"));
  }

  private Map<String, JsonObject> actions(String user, String id, String lang) {
    Api.Reply reply = api.as(user).get(Newsroom.version(id, lang) + "/actions");
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getJsonArray("actions").stream()
        .map(JsonObject.class::cast)
        .collect(Collectors.toMap(a -> a.getString("action"), a -> a));
  }

  @Test
  void shouldSayWhyATranslatorMayNotApproveOrTouchAnotherLanguage() {
    String id = newsroom.article("Actions", "The port opened.");
    newsroom.translate(id, "kk", "translator.kk", "Порт", "Порт ашылды.");

    Map<String, JsonObject> own = actions("translator.kk", id, "kk");
    Map<String, JsonObject> other = actions("translator.ru", id, "kk");

    assertTrue(own.get("edit").getBoolean("allowed"));
    assertTrue(own.get("submit").getBoolean("allowed"));
    assertEquals(
        "missing-role", own.get("approve").getJsonObject("refusal").getString("reason"), "role");
    assertFalse(other.get("edit").getBoolean("allowed"));
    assertEquals(
        "missing-language", other.get("edit").getJsonObject("refusal").getString("reason"));
    assertFalse(other.get("edit").getJsonObject("refusal").getString("detail").isBlank());
  }

  @Test
  void shouldExplainFourEyesToTheEditorWhoSubmitted() {
    String id = newsroom.article("Four eyes", "The port opened.");
    assertEquals(200, newsroom.step(id, "en", "editor", "submit").status());

    Map<String, JsonObject> submitter = actions("editor", id, "en");
    Map<String, JsonObject> second = actions("editor2", id, "en");

    assertEquals(
        "four-eyes", submitter.get("approve").getJsonObject("refusal").getString("reason"));
    assertTrue(second.get("approve").getBoolean("allowed"));
    assertEquals(
        "wrong-workflow-step",
        second.get("publish").getJsonObject("refusal").getString("reason"),
        "not before approval");
  }

  @Test
  void shouldLocalizeTheRefusalByAcceptLanguage() {
    String id = newsroom.article("Localized", "The port opened.");
    Api.Reply reply =
        api.as("translator.ru")
            .header("Accept-Language", "ru")
            .get(Newsroom.version(id, "en") + "/actions");

    String detail =
        reply.json().getJsonArray("actions").stream()
            .map(JsonObject.class::cast)
            .filter(a -> a.getString("action").equals("edit"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("refusal")
            .getString("detail");
    assertTrue(
        detail
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
        detail);
  }

  @Test
  void shouldAnswer404ForAVersionThatDoesNotExist() {
    String id = newsroom.article("Missing", "The port opened.");
    Api.Reply reply = api.as("editor").get(Newsroom.version(id, "zh") + "/actions");

    assertEquals(404, reply.status(), reply::toString);
    assertTrue(reply.json().getString("type").endsWith("/version-not-found"));
  }
}
