package dev.tilmash.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.it.Api;
import dev.tilmash.it.Deployments;
import dev.tilmash.it.Newsroom;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The translation editor's promises in a real browser: the source's changes shown to an outdated
 * translation, nothing lost when two people save the same version, a language outside the
 * translator's scope refused with the reason, and a session that ends and guards its writes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleEditorIT {
  @RegisterExtension static final Chromium CHROMIUM = new Chromium();

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

  /** An English article with a Russian draft by translator.ru that follows source revision 1. */
  private String russianDraft(String body, String ruBody) {
    String id = newsroom.article("Editor", body);
    Api.Reply ru =
        api.as("translator.ru")
            .header("If-None-Match", "*")
            .put(
                Newsroom.version(id, "ru"),
                Api.json(
                    "title",
                    "Черновик " + UUID.randomUUID(),
                    "summary",
                    "Кратко.",
                    "body",
                    ruBody,
                    "basedOnSourceRevision",
                    1));
    assertEquals(201, ru.status(), ru::toString);
    return id;
  }

  private JsonObject version(String id, String lang) {
    Api.Reply reply = api.as("editor").get(Newsroom.version(id, lang));
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  @Test
  void shouldShowTheSourceDiffOfAnOutdatedTranslationAndRecordTheNewBasis() {
    String id = russianDraft("The port opened.", "Порт открылся.");
    newsroom.publish(id, "en", "editor");
    newsroom.publish(id, "ru", "translator.ru");
    Api.Reply edited =
        api.as("editor")
            .header("If-Match", api.as("editor").get(Newsroom.version(id, "en")).header("ETag"))
            .put(
                Newsroom.version(id, "en"),
                Api.json("title", "Port", "body", "The port opened.\n\nRail freight doubled."));
    assertEquals(200, edited.status(), edited::toString);
    newsroom.publish(id, "en", "editor");
    assertTrue(version(id, "ru").getBoolean("outdated"));

    ConsolePage translator = new ConsolePage(CHROMIUM.open(1280), base).signIn("translator.ru");
    translator.open("articles/" + id + "/ru/edit");
    translator.awaitText(".outdated-banner", "Rail freight doubled");
    assertTrue(
        translator.all(".outdated-banner ins").stream()
            .anyMatch(ins -> ins.getText().contains("Rail freight doubled")),
        "the new source sentence is marked as inserted");
    translator.await("#seg-b1").sendKeys("Грузоперевозки по железной дороге удвоились.");
    translator.await("#confirm-source-changes").click();
    translator.await("#save").click();
    translator.awaitText(".editor-actions [role=status]", "Everything is saved");
    translator.awaitGone(".outdated-banner");

    JsonObject ru = version(id, "ru");
    assertFalse(ru.getBoolean("outdated"), ru::toString);
    assertEquals(version(id, "en").getInt("liveRevision"), ru.getInt("basedOnSourceRevision"));
    assertTrue(ru.getString("body").contains("удвоились"));
  }

  @Test
  void shouldLetTheSecondOfTwoEditorsMergeAndLoseNothing() {
    String id = russianDraft("The port opened.", "Порт открылся.");
    ConsolePage first = new ConsolePage(CHROMIUM.open(1280), base).signIn("translator.ru");
    ConsolePage second = new ConsolePage(CHROMIUM.open(1280), base).signIn("editor");
    first.open("articles/" + id + "/ru/edit");
    second.open("articles/" + id + "/ru/edit");
    WebElement theirTitle = first.await("#seg-title");
    WebElement mySummary = second.await("#seg-summary");

    theirTitle.clear();
    theirTitle.sendKeys("Порт открыт для судов");
    first.await("#save").click();
    first.awaitText(".editor-actions [role=status]", "Everything is saved");
    mySummary.clear();
    mySummary.sendKeys("Порт принял первые суда.");
    second.await("#save").click();

    second.await("dialog.conflict");
    assertTrue(second.text("dialog.conflict").contains("Порт открыт для судов"));
    assertTrue(second.text("dialog.conflict").contains("Порт принял первые суда."));
    second.await("#conflict-save").click();
    second.awaitText(".editor-actions [role=status]", "Everything is saved");

    JsonObject ru = version(id, "ru");
    assertEquals("Порт открыт для судов", ru.getString("title"), ru::toString);
    assertEquals("Порт принял первые суда.", ru.getString("summary"), ru::toString);
  }

  @Test
  void shouldRefuseATranslatorALanguageNotTheirsAndSayWhy() {
    String id = newsroom.article("Kazakh", "The steppe is wide.");
    newsroom.translate(id, "kk", "translator.kk", "Дала", "Дала кең.");

    ConsolePage translator = new ConsolePage(CHROMIUM.open(1280), base).signIn("translator.ru");
    translator.open("articles/" + id + "/kk/edit");
    WebElement refusal = translator.await(".problem[data-type=missing-language]");

    assertTrue(refusal.getText().contains("kk"), refusal::getText);
    assertFalse(translator.await("#save").isEnabled());
    assertNotNull(translator.await("#seg-title").getDomAttribute("readonly"));
    assertTrue(
        translator.text("tm-workflow-bar [data-reason=missing-language]").length() > 0,
        "the disabled submit says why");
  }

  @Test
  void shouldOfferKazakhLettersAndTheShortcutsByKeyboard() {
    String id = newsroom.article("Letters", "The steppe is wide.");
    newsroom.translate(id, "kk", "translator.kk", "Дала", "Дала кең.");

    ConsolePage translator = new ConsolePage(CHROMIUM.open(1280), base).signIn("translator.kk");
    translator.open("articles/" + id + "/kk/edit");
    WebElement title = translator.await("#seg-title");
    title.click();
    title.sendKeys(org.openqa.selenium.Keys.END);
    translator.await(".char-bar button[aria-label*='ә']").click();
    assertTrue(title.getDomProperty("value").endsWith("ә"), title.getDomProperty("value"));

    title.sendKeys(
        org.openqa.selenium.Keys.chord(
            org.openqa.selenium.Keys.ALT, org.openqa.selenium.Keys.ARROW_DOWN));
    assertEquals("seg-summary", translator.script("return document.activeElement.id"));
    translator.await("h1").click();
    translator.driver().switchTo().activeElement().sendKeys("?");
    assertTrue(translator.awaitText("dialog.shortcuts", "Ctrl+S").isDisplayed());
  }

  @Test
  void shouldSignOutAndRefuseAWriteWithoutTheCsrfToken() {
    ConsolePage translator = new ConsolePage(CHROMIUM.open(1280), base).signIn("translator.ru");
    translator.awaitText("main h1", "My work");

    @SuppressWarnings("unchecked")
    Map<String, Object> refused =
        (Map<String, Object>)
            translator.asyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('../api/v1/articles', {method: 'POST', credentials: 'same-origin',"
                    + " headers: {'Content-Type': 'application/json'}, body: '{}'})"
                    + ".then(async r => done({status: r.status, body: await r.text()}))"
                    + ".catch(e => done({error: String(e)}));");
    assertEquals(403L, refused.get("status"));
    assertTrue(
        String.valueOf(refused.get("body")).contains("csrf-token-missing"), refused::toString);

    translator.await("#sign-out").click();
    translator.await("#username");
    Object status =
        translator.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch('../api/v1/session', {credentials: 'same-origin',"
                + " headers: {'X-Requested-With': 'XMLHttpRequest'}}).then(r => done(r.status))"
                + ".catch(e => done(String(e)));");
    assertEquals(401L, status);
    translator.open("my-work");
    translator.await("#username");
  }
}
