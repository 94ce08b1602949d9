package dev.tilmash.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.it.Api;
import dev.tilmash.it.Deployments;
import dev.tilmash.it.Newsroom;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The newsroom's story in a real browser: an article an editor writes and assigns in the console is
 * translated into Russian in the console with a memory suggestion inserted by keyboard, approved by
 * a second editor from the review queue, published by the first, and served by the delivery API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleStoryIT {
  static final String SENTENCE = "Grain exports through the Middle Corridor grew by a third.";
  static final String RU_SENTENCE = "Экспорт зерна через Средний коридор вырос на треть.";

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

  /** The translation memory learns the sentence: a Russian translation of it is approved. */
  private void rememberTheSentence() {
    String seed = newsroom.article("Seed", SENTENCE);
    Api.Reply ru =
        api.as("translator.ru")
            .header("If-None-Match", "*")
            .put(
                Newsroom.version(seed, "ru"),
                Api.json("title", "Зерно", "body", RU_SENTENCE, "basedOnSourceRevision", 1));
    assertEquals(201, ru.status(), ru::toString);
    assertEquals(200, newsroom.step(seed, "ru", "translator.ru", "submit").status());
    assertEquals(200, newsroom.step(seed, "ru", "editor2", "approve").status());
  }

  @Test
  void shouldTranslateReviewAndPublishAnArticleInTheBrowser() {
    rememberTheSentence();
    String token = UUID.randomUUID().toString().substring(0, 8);
    // 1. The editor creates the article in the console and gives its Russian to translator.ru.
    String headline = "Corridor " + token;
    ConsolePage editor = new ConsolePage(CHROMIUM.open(1280), base).signIn("editor");
    editor.await("#new-article-link").click();
    new Select(editor.await("#new-source")).selectByValue("en");
    editor.await("#new-title").sendKeys(headline);
    editor.await("#new-slug").sendKeys("corridor-" + token);
    editor.await("#new-summary").sendKeys("Grain takes the Middle Corridor.");
    editor.await("#new-body").sendKeys(SENTENCE + "\n\nRail freight doubled as well.");
    editor.await("#create-article").click();
    editor.awaitText("main h1", headline);
    String id = editor.driver().getCurrentUrl().replaceFirst(".*#/articles/", "");
    editor.await("#assignee-ru").sendKeys("translator.ru");
    editor.await("tr[data-language=ru] button[data-action=assign]").click();
    editor.awaitText("tr[data-language=ru] .whom", "translator.ru");
    editor.await("#sign-out").click();

    // 2. translator.ru signs in, opens it from My work and translates it side by side.
    ConsolePage translator = editor.signIn("translator.ru");
    translator.awaitText("main h1", "My work");
    translator.link(headline).click();
    WebElement title = translator.await("#seg-title");
    assertTrue(translator.text("[data-segment=b0] .source .text").contains("Middle Corridor"));
    String russianTitle = "Зерновой коридор " + token;
    title.clear();
    title.sendKeys(russianTitle);
    translator.await("#seg-summary").sendKeys("Экспорт зерна растёт.");
    WebElement first = translator.await("#seg-b0");
    first.click();
    translator.awaitText("tm-suggestions .similarity", "100");
    first.sendKeys(Keys.chord(Keys.ALT, "1"));
    assertEquals(RU_SENTENCE, first.getDomProperty("value"));
    translator.await("#seg-b1").sendKeys("Железнодорожные перевозки тоже удвоились.");
    first.click(); // the README's picture: the sentence with its memory match
    translator.script("window.scrollTo(0, 0)");
    Chromium.screenshot(translator.driver(), Path.of("docs/console.png"));
    translator.await("#seg-b1").sendKeys(Keys.chord(Keys.CONTROL, "s"));
    translator.awaitText(".editor-actions [role=status]", "Everything is saved");
    translator.await("tm-workflow-bar button[data-action=submit]").click();
    translator.awaitText(".notice", "In review");

    // 3. editor2 approves it from the review queue after looking at it beside the source.
    translator.await("#sign-out").click();
    ConsolePage reviewer = translator.signIn("editor2");
    reviewer.link("Review queue").click();
    reviewer.linkOnSomePage(russianTitle).click();
    reviewer.awaitText(".review-fields", RU_SENTENCE);
    assertTrue(reviewer.text(".review-fields").contains(SENTENCE));
    reviewer.await("tm-workflow-bar button[data-action=approve]").click();
    reviewer.awaitText("main h1", "Review queue");

    // 4. The editor publishes Russian; the delivery API serves it.
    reviewer.await("#sign-out").click();
    reviewer.signIn("editor").open("articles/" + id);
    editor.await("tr[data-language=ru] button[data-action=publish]").click();
    editor.awaitText("tr[data-language=ru] tm-version-badge", "Published");

    Api.Reply delivered = api.get("content/articles/" + id + "?lang=ru");
    assertEquals(200, delivered.status(), delivered::toString);
    JsonObject article = delivered.json();
    assertEquals(russianTitle, article.getString("title"));
    assertTrue(delivered.body().contains("Экспорт зерна через Средний коридор"), delivered::body);
  }
}
