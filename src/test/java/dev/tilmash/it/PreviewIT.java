package dev.tilmash.it;

import static dev.tilmash.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Preview of unpublished versions over HTTP on a real Liberty: in the delivery shape with {@code
 * preview: true}, for editors, translators of the language and {@code content:preview} tokens,
 * never cached and never leaking into {@code /content}; and signed preview links that need no
 * account, refuse any change and expire. A second deployment, two hours ahead on the same database,
 * opens a link after its expiry, and verifies with the key the first instance stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreviewIT {
  @Deployment(name = "app", order = 1, testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @Deployment(name = "two-hours-later", order = 2, testable = false)
  static WebArchive later() {
    return Deployments.withClockOffset("PT2H");
  }

  private Api api;
  private Newsroom newsroom;

  @BeforeEach
  void connect() {
    api = Api.anonymous(Deployments.at("tilmash-it"));
    newsroom = new Newsroom(api);
  }

  @Test
  void shouldPreviewAnUnpublishedTranslationForThoseWhoMaySeeIt() {
    String id = publishedArticle("Preview draft");
    String title = "Алдын ала " + UUID.randomUUID();
    translate(id, "kk", title);
    String path = "preview/articles/" + id + "?lang=kk";

    Api.Reply editor = api.as("editor").get(path);
    assertEquals(200, editor.status(), editor::toString);
    assertTrue(editor.json().getBoolean("preview"));
    assertEquals(title, editor.json().getString("title"));
    assertEquals("kk", editor.json().getString("language"));
    assertFalse(editor.json().getBoolean("fallback"));
    assertTrue(editor.json().getString("body").contains("<strong>"), editor::toString);
    assertTrue(editor.body().contains("\"translations\":[{\"language\":\"en\""), editor::toString);
    assertEquals("private, no-store", editor.header("Cache-Control"));
    assertEquals("kk", editor.header("Content-Language"));
    assertEquals(title, api.as("translator.kk").get(path).json().getString("title"));
    String slug = editor.json().getString("slug");
    assertEquals(
        title,
        api.as("editor").get("preview/articles/" + slug + "?lang=kk").json().getString("title"));

    assertProblem(api.as("translator.ru").get(path), 403, "missing-language");
    assertProblem(api.get(path), 401, "unauthenticated");
    Api preview = bearer(token(List.of("content:preview"), List.of("kk")));
    assertEquals(title, preview.get(path).json().getString("title"));
    assertProblem(preview.get("preview/articles/" + id + "?lang=en"), 403, "missing-language");
    assertProblem(
        bearer(token(List.of("articles:read"), null)).get(path), 403, "token-scope-missing");

    assertNeverDelivered(id, title);
  }

  @Test
  void shouldPreviewANewDraftOfALiveVersionWhileDeliveryKeepsTheLiveOne() {
    String id = publishedArticle("Live and draft");
    String live = api.get("content/articles/" + id + "?lang=en").json().getString("title");
    Api.Reply current = api.as("editor").get(Newsroom.version(id, "en"));
    String draft = "Next edition " + UUID.randomUUID();
    Api.Reply edited =
        api.as("editor")
            .header("If-Match", current.header("ETag"))
            .put(
                Newsroom.version(id, "en"),
                Api.json("title", draft, "summary", "Next.", "body", "New **text**."));
    assertEquals(200, edited.status(), edited::toString);

    Api.Reply working = api.as("editor").get("preview/articles/" + id + "?lang=en");
    assertEquals(draft, working.json().getString("title"));
    assertTrue(working.json().containsKey("publishedAt"), "it was published: " + working);
    Api.Reply first = api.as("editor").get("preview/articles/" + id + "?lang=en&revision=1");
    assertEquals(live, first.json().getString("title"));
    assertEquals(live, api.get("content/articles/" + id + "?lang=en").json().getString("title"));

    assertProblem(
        api.as("editor").get("preview/articles/" + id + "?lang=en&revision=99"),
        404,
        "revision-not-found");
    assertProblem(
        api.as("editor").get("preview/articles/" + id + "?lang=en&revision=first"),
        400,
        "invalid-field");
    assertProblem(
        api.as("editor").get("preview/articles/" + id + "?lang=k!k"), 400, "invalid-language-tag");
    assertProblem(
        api.as("editor").get("preview/articles/" + id + "?lang=zh"), 404, "version-not-found");
    assertProblem(
        api.as("editor").get("preview/articles/no-such-slug-" + UUID.randomUUID() + "?lang=en"),
        404,
        "article-not-found");
  }

  @Test
  void shouldOpenASignedLinkWithoutAnAccountAndRefuseAnyChange() {
    String id = publishedArticle("Shared preview");
    String title = "Көрсетілім " + UUID.randomUUID();
    translate(id, "kk", title);
    Api.Reply made =
        api.as("translator.kk")
            .post(Newsroom.version(id, "kk") + "/preview-links", Api.json("expiresIn", "PT1H"));
    assertEquals(201, made.status(), made::toString);
    String link = made.json().getString("url");
    assertTrue(link.contains("/api/v1/preview/links/" + id + "/kk?revision=working"), link);
    Instant expiresAt = Instant.parse(made.json().getString("expiresAt"));
    assertTrue(expiresAt.isAfter(Instant.now().plus(Duration.ofMinutes(50))), made::toString);

    Api.Reply opened = api.get(link);
    assertEquals(200, opened.status(), opened::toString);
    assertTrue(opened.json().getBoolean("preview"));
    assertEquals(title, opened.json().getString("title"));
    assertEquals("private, no-store", opened.header("Cache-Control"));

    String signature = link.substring(link.indexOf("signature=") + "signature=".length());
    char last = signature.charAt(signature.length() - 1);
    String forged = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertProblem(api.get(forged), 403, "preview-link-invalid");
    assertProblem(api.get(link.replace("/kk?", "/ru?")), 403, "preview-link-invalid");
    assertProblem(
        api.get(link.replace("revision=working", "revision=1")), 403, "preview-link-invalid");
    assertProblem(api.get(link.replace("expires=", "expires=9")), 403, "preview-link-invalid");
    assertProblem(api.get(link.replaceAll("&signature=.*", "")), 403, "preview-link-invalid");

    Api later = Api.anonymous(Deployments.at(Deployments.OFFSET_NAME));
    String laterLink = link.replace("/tilmash-it/", "/" + Deployments.OFFSET_NAME + "/");
    assertProblem(later.get(laterLink), 410, "preview-link-expired");
    Api.Reply soon =
        api.as("editor")
            .post(
                Newsroom.version(id, "kk") + "/preview-links",
                Api.json("expiresIn", "PT3H", "revision", 1));
    assertEquals(201, soon.status(), soon::toString);
    String pinned = soon.json().getString("url");
    assertTrue(pinned.contains("revision=1"), pinned);
    Api.Reply elsewhere =
        later.get(pinned.replace("/tilmash-it/", "/" + Deployments.OFFSET_NAME + "/"));
    assertEquals(200, elsewhere.status(), "another instance verifies it: " + elsewhere);

    assertNeverDelivered(id, title);
  }

  @Test
  void shouldLetOnlyEditorsAndTranslatorsOfTheLanguageMakeBoundedLinks() {
    String id = publishedArticle("Link rules");
    translate(id, "kk", "Ереже");
    String links = Newsroom.version(id, "kk") + "/preview-links";
    assertProblem(
        api.as("translator.ru").post(links, Api.json("expiresIn", "PT1H")),
        403,
        "missing-language");
    assertProblem(api.post(links, Api.json("expiresIn", "PT1H")), 401, "unauthenticated");
    assertProblem(
        api.as("editor").post(links, Api.json("expiresIn", "P30D")), 422, "preview-link-too-long");
    assertProblem(
        api.as("editor").post(links, Api.json("expiresIn", "-PT1H")), 422, "preview-link-too-long");
    assertProblem(
        api.as("editor").post(links, Api.json("expiresIn", "soon")), 400, "invalid-field");
    assertProblem(
        api.as("editor").post(links, Api.json("revision", 42)), 404, "revision-not-found");
    assertProblem(
        api.as("editor").post(Newsroom.version(id, "zh") + "/preview-links", "{}"),
        404,
        "version-not-found");
    Api.Reply byDefault = api.as("editor").post(links, "{}");
    assertEquals(201, byDefault.status(), byDefault::toString);
    assertProblem(
        bearer(token(List.of("content:preview"), null)).post(links, "{}"), 403, "token-refused");
  }

  /** The draft reaches no reader: delivery answers the published languages only, cached or not. */
  private void assertNeverDelivered(String id, String draftTitle) {
    for (int i = 0; i < 2; i++) {
      Api.Reply delivered = api.get("content/articles/" + id + "?lang=kk");
      assertEquals(200, delivered.status(), delivered::toString);
      assertNotEquals("kk", delivered.json().getString("language"), "a fallback, not the draft");
      assertFalse(delivered.body().contains(draftTitle), delivered::toString);
      assertFalse(delivered.json().containsKey("preview"), delivered::toString);
    }
    Api.Reply list = api.get("content/articles?lang=kk&size=50");
    assertFalse(list.body().contains(draftTitle), list::toString);
  }

  private void translate(String id, String lang, String title) {
    Api.Reply reply =
        api.as("translator." + lang)
            .header("If-None-Match", "*")
            .put(
                Newsroom.version(id, lang),
                Api.json("title", title, "summary", "Қысқаша", "body", "Жаңа **мәтін**."));
    assertEquals(201, reply.status(), reply::toString);
  }

  private String publishedArticle(String title) {
    String id = newsroom.article(title, "The **Middle Corridor** links Kazakhstan.");
    newsroom.publish(id, "en", "editor");
    return id;
  }

  private String token(List<String> scopes, List<String> languages) {
    Api.Reply created =
        api.as("admin")
            .post(
                "tokens",
                Api.json(
                    "name",
                    "site preview",
                    "scopes",
                    scopes,
                    "expiresAt",
                    Instant.now().plus(Duration.ofDays(1)).toString(),
                    "languages",
                    languages));
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("secret");
  }

  private Api bearer(String secret) {
    return api.header("Authorization", "Bearer " + secret);
  }
}
