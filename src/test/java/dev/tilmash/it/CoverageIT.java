package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The coverage view over HTTP on a real Liberty: per language, published, in progress, missing,
 * archived and outdated, each moving as one article goes through the workflow. The figures are
 * compared with those before each step, so the demo newsroom and other tests do not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoverageIT {
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

  /** The figures of every language, and the articles' count under "articles". */
  private Map<String, JsonObject> coverage() {
    Api.Reply reply = api.as("translator.kk").get("articles/coverage");
    assertEquals(200, reply.status(), reply::toString);
    Map<String, JsonObject> figures = new LinkedHashMap<>();
    reply
        .json()
        .getJsonArray("languages")
        .forEach(
            item -> figures.put(item.asJsonObject().getString("language"), item.asJsonObject()));
    figures.put("articles", reply.json());
    return figures;
  }

  /** How much one figure of one language moved. */
  private static int moved(
      Map<String, JsonObject> before, Map<String, JsonObject> after, String lang, String figure) {
    return after.get(lang).getInt(figure) - before.get(lang).getInt(figure);
  }

  @Test
  void shouldListEveryConfiguredLanguageAndAddUpToTheArticles() {
    Map<String, JsonObject> coverage = coverage();

    assertEquals(
        "[en, ru, kk, uz, zh, uz-Cyrl, zh-Hant, kk-Latn, articles]", coverage.keySet().toString());
    int articles = coverage.get("articles").getInt("articles");
    coverage.forEach(
        (lang, figures) -> {
          if (!lang.equals("articles")) {
            assertEquals(
                articles,
                figures.getInt("published")
                    + figures.getInt("inProgress")
                    + figures.getInt("missing")
                    + figures.getInt("archived"),
                lang);
          }
        });
  }

  @Test
  void shouldMoveTheCountsAsAnArticleGoesThroughTheWorkflow() {
    Map<String, JsonObject> start = coverage();
    String id = newsroom.article("Coverage", "Grain exports grew.");

    Map<String, JsonObject> created = coverage();
    assertEquals(1, moved(start, created, "articles", "articles"));
    assertEquals(1, moved(start, created, "en", "inProgress"));
    assertEquals(1, moved(start, created, "ru", "missing"));

    newsroom.publish(id, "en", "editor");
    newsroom.translate(id, "ru", "translator.ru", "Покрытие", "Экспорт зерна вырос.");
    newsroom.publish(id, "ru", "translator.ru");
    Map<String, JsonObject> translated = coverage();
    assertEquals(1, moved(created, translated, "en", "published"));
    assertEquals(-1, moved(created, translated, "en", "inProgress"));
    assertEquals(1, moved(created, translated, "ru", "published"));
    assertEquals(-1, moved(created, translated, "ru", "missing"));
    assertEquals(0, moved(created, translated, "ru", "outdated"));

    Api.Reply english = api.as("editor").get(Newsroom.version(id, "en"));
    Api.Reply edited =
        api.as("editor")
            .header("If-Match", english.header("ETag"))
            .put(
                Newsroom.version(id, "en"),
                Api.json("title", "Coverage, rewritten", "summary", "S", "body", "Grain fell."));
    assertEquals(200, edited.status(), edited::toString);
    newsroom.publish(id, "en", "editor");
    Map<String, JsonObject> outdated = coverage();
    assertEquals(1, moved(translated, outdated, "ru", "outdated"));
    assertEquals(0, moved(translated, outdated, "ru", "published"));

    Api.Reply archived = newsroom.step(id, "ru", "editor", "archive");
    assertEquals(200, archived.status(), archived::toString);
    Map<String, JsonObject> end = coverage();
    assertEquals(1, moved(outdated, end, "ru", "archived"));
    assertEquals(-1, moved(outdated, end, "ru", "published"));
    assertEquals(-1, moved(outdated, end, "ru", "outdated"));
  }

  @Test
  void shouldRefuseAnonymousCallers() {
    assertEquals(401, api.get("articles/coverage").status());
  }
}
