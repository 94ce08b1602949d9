package dev.tilmash.it;

import static dev.tilmash.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.interchange.CatTool;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API tokens over HTTP on a real Liberty: created by admins with the secret shown once, used as
 * {@code Authorization: Bearer} beside Basic, bounded by their scopes and languages, audited when a
 * management scope is used, and refused (401) at once when revoked, expired or their user is
 * disabled. Expiry is seen through a second deployment whose clock runs two hours ahead, on the
 * same database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokensIT {
  private static final String XLIFF = "application/xliff+xml";

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
  void shouldShowTheSecretOnceAndListTokensWithoutIt() {
    Api.Reply created = create("build pipeline", List.of("articles:read"), null, null);
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    String secret = created.json().getString("secret");
    assertTrue(secret.matches("tlm_[A-Za-z0-9_-]{43}"), secret);
    assertTrue(created.header("Location").endsWith("/tokens/" + id));
    assertEquals(List.of("articles:read"), strings(created.json(), "scopes"));

    Api.Reply one = api.as("admin").get("tokens/" + id);
    assertEquals(200, one.status(), one::toString);
    assertFalse(one.json().containsKey("secret"), one::toString);
    assertTrue(one.json().getBoolean("active"));
    Api.Reply all = api.as("admin").get("tokens");
    assertTrue(all.body().contains(id), all::toString);
    assertFalse(all.body().contains(secret), "never the secret again");
    assertFalse(all.body().contains(secret.substring(4)), "nor its bits");

    assertProblem(
        api.as("editor").post("tokens", tokenBody("mine", List.of(), null, null)),
        403,
        "missing-role");
    Api.Reply unknown =
        api.as("admin").post("tokens", tokenBody("bad", List.of("users:manage"), null, null));
    assertProblem(unknown, 400, "unknown-scope");
    assertTrue(unknown.json().getString("detail").contains("users:manage"), unknown::toString);
    assertProblem(
        api.as("admin")
            .post(
                "tokens",
                Api.json("name", "past", "scopes", List.of(), "expiresAt", "2020-01-01T00:00:00Z")),
        400,
        "invalid-field");
    assertProblem(
        api.as("admin").post("tokens", tokenBody("ghost", List.of(), "nobody.here", null)),
        422,
        "unknown-user");
    assertProblem(api.as("admin").get("tokens/" + UUID.randomUUID()), 404, "token-not-found");
  }

  @Test
  void shouldLetAnXliffReadTokenExportItsLanguagesAndNothingElse() {
    String article = publishedArticle("Agency export");
    String token = secret(create("agency reader", List.of("xliff:read"), null, List.of("kk")));
    Api bearer = bearer(token);

    Api.Reply exported = bearer.get(xliff(article, "kk"));
    assertEquals(200, exported.status(), exported::toString);
    assertTrue(exported.body().contains("trgLang=\"kk\""), exported::toString);
    assertProblem(bearer.get(xliff(article, "ru")), 403, "missing-language");
    assertProblem(
        bearer.send("PUT", xliff(article, "kk"), exported.body(), XLIFF),
        403,
        "token-scope-missing");
    assertProblem(
        bearer.header("If-None-Match", "*").put(Newsroom.version(article, "kk"), "{}"),
        403,
        "token-refused");
    assertProblem(bearer.get("users"), 403, "token-refused");
    assertProblem(bearer.get("articles/" + article), 403, "token-refused");
    assertProblem(bearer.get("webhooks"), 403, "token-scope-missing");
    assertProblem(bearer.get("tokens"), 403, "token-refused");
    assertEquals(200, bearer.get("content/articles/" + article).status(), "public stays public");
  }

  @Test
  void shouldImportXliffAsTheUserItActsAsAndAuditTheUseWithItsName() {
    String article = publishedArticle("Agency import");
    String name = "agency " + UUID.randomUUID();
    String token =
        secret(create(name, List.of("xliff:read", "xliff:write"), "translator.ru", null));
    Api bearer = bearer(token);

    Api.Reply exported = bearer.get(xliff(article, "ru"));
    assertEquals(200, exported.status(), exported::toString);
    byte[] translated = CatTool.translate(exported.body().getBytes(StandardCharsets.UTF_8));
    Api.Reply imported =
        bearer
            .header("If-None-Match", "*")
            .send(
                "PUT", xliff(article, "ru"), new String(translated, StandardCharsets.UTF_8), XLIFF);
    assertEquals(201, imported.status(), imported::toString);
    Api.Reply version = api.as("editor").get(Newsroom.version(article, "ru"));
    assertEquals(200, version.status(), version::toString);

    Api.Reply kk = bearer.get(xliff(article, "kk"));
    assertEquals(200, kk.status(), "export is open to any signed-in user: " + kk);
    assertProblem(
        bearer
            .header("If-None-Match", "*")
            .send(
                "PUT",
                xliff(article, "kk"),
                new String(
                    CatTool.translate(kk.body().getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8),
                XLIFF),
        403,
        "missing-language");

    Api.Reply audit = api.as("admin").get("audit?kind=token&size=100");
    assertEquals(200, audit.status(), audit::toString);
    assertTrue(audit.body().contains("(" + name + ") used xliff:write: PUT"), audit::toString);
    assertTrue(audit.body().contains("\"user\":\"translator.ru\""), audit::toString);
  }

  @Test
  void shouldLetAWebhooksTokenManageWebhooksOnlyAndAuditEachUse() {
    String name = "cdn purger " + UUID.randomUUID();
    Api bearer = bearer(secret(create(name, List.of("webhooks:manage"), null, null)));

    Api.Reply listed = bearer.get("webhooks");
    assertEquals(200, listed.status(), listed::toString);
    Api.Reply created =
        bearer.post(
            "webhooks",
            Api.json("url", "http://127.0.0.1:9/hooks", "events", List.of("version.published")));
    assertEquals(201, created.status(), created::toString);
    assertEquals(
        204,
        bearer.send("DELETE", "webhooks/" + created.json().getString("id"), null, null).status());
    assertProblem(bearer.get("users"), 403, "token-refused");
    assertProblem(bearer.get("audit"), 403, "token-refused");
    assertProblem(bearer.get("preview/articles/anything?lang=en"), 403, "token-scope-missing");

    Api.Reply audit = api.as("admin").get("audit?kind=token&size=100");
    String log = audit.body();
    assertTrue(log.contains("(" + name + ") used webhooks:manage: GET /webhooks"), log);
    assertTrue(log.contains("(" + name + ") used webhooks:manage: POST /webhooks"), log);
    assertTrue(log.contains("\"user\":\"token:" + name + "\""), log);
  }

  @Test
  void shouldGiveAScopelessTokenActingAsAnAdminNothing() {
    Api bearer = bearer(secret(create("idle", List.of(), "admin", null)));
    assertProblem(bearer.get("users"), 403, "token-refused");
    assertProblem(bearer.get("webhooks"), 403, "token-scope-missing");
    assertProblem(
        bearer.post("tokens", tokenBody("x", List.of(), null, null)), 403, "token-refused");
  }

  @Test
  void shouldRefuseARevokedTokenAtOnceWithoutABasicChallenge() {
    Api.Reply created = create("short-lived", List.of("webhooks:manage"), null, null);
    Api bearer = bearer(secret(created));
    assertEquals(200, bearer.get("webhooks").status());
    String id = created.json().getString("id");

    assertEquals(204, api.as("admin").send("DELETE", "tokens/" + id, null, null).status());
    Api.Reply refused = bearer.get("webhooks");
    assertProblem(refused, 401, "invalid-token");
    assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer"), refused::toString);
    assertProblem(bearer.get("content/articles?lang=en"), 401, "invalid-token");

    JsonObject revoked = api.as("admin").get("tokens/" + id).json();
    assertFalse(revoked.getBoolean("active"));
    assertNotNull(revoked.getString("revokedAt"));
    assertNotNull(revoked.getString("lastUsedAt"), "the use before was recorded");
  }

  /**
   * A bearer token read from the database (its first use, an unknown one, a revoked one) once left
   * three FFDC incidents per request: the lookup read outside a transaction while authentication
   * ran before the request's own, and Liberty closed that connection under Hibernate. These
   * requests throw nothing inside the server, so none may be written.
   */
  @Test
  void shouldAuthenticateBearerRequestsWithoutFfdcIncidents() {
    Set<String> before = NoNewFfdc.incidents(TokensIT::ofRequests);
    Api.Reply created = create("incident-free reader", List.of("articles:read"), null, null);
    Api bearer = bearer(secret(created));
    assertEquals(200, bearer.get("content/articles?lang=en").status(), "its first use");
    assertEquals(200, bearer.get("content/articles?lang=ru").status(), "remembered");
    assertProblem(
        bearer("tlm_" + "B".repeat(43)).get("content/articles?lang=en"), 401, "invalid-token");
    String id = created.json().getString("id");
    assertEquals(204, api.as("admin").send("DELETE", "tokens/" + id, null, null).status());
    assertProblem(bearer.get("content/articles?lang=en"), 401, "invalid-token");

    Set<String> written = NoNewFfdc.incidents(TokensIT::ofRequests);
    written.removeAll(before);
    assertEquals(Set.of(), written, () -> "FFDC incidents written in " + NoNewFfdc.folder());
  }

  @Test
  void shouldRefuseBadTokensAndTokensOfADisabledUser() {
    assertProblem(bearer("tlm_not-a-token").get("webhooks"), 401, "invalid-token");
    assertProblem(
        bearer("tlm_" + "A".repeat(43)).get("content/articles?lang=en"), 401, "invalid-token");
    Api.Reply twoWords = bearer("tlm_one two").get("webhooks");
    assertProblem(twoWords, 401, "invalid-token");
    assertFalse(twoWords.headers("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Basic")));

    String user = "connector." + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply made =
        api.as("admin")
            .post(
                "users",
                Api.json(
                    "username",
                    user,
                    "password",
                    "long-enough-password",
                    "roles",
                    List.of("TRANSLATOR"),
                    "languages",
                    List.of("uz")));
    assertEquals(201, made.status(), made::toString);
    Api bearer = bearer(secret(create("as " + user, List.of("xliff:read"), user, null)));
    String article = publishedArticle("Disabled connector");
    assertEquals(200, bearer.get(xliff(article, "uz")).status());

    Api.Reply disabled =
        api.as("admin")
            .put(
                "users/" + user,
                Api.json(
                    "roles", List.of("TRANSLATOR"), "languages", List.of("uz"), "enabled", false));
    assertEquals(200, disabled.status(), disabled::toString);
    assertProblem(bearer.get(xliff(article, "uz")), 401, "invalid-token");
  }

  @Test
  void shouldRefuseAnExpiredTokenAtOnce() {
    Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
    Api.Reply created =
        api.as("admin")
            .post(
                "tokens",
                Api.json(
                    "name",
                    "expiring",
                    "scopes",
                    List.of("webhooks:manage"),
                    "expiresAt",
                    inAnHour.toString()));
    assertEquals(201, created.status(), created::toString);
    String secret = secret(created);

    assertEquals(200, bearer(secret).get("webhooks").status(), "valid now");
    Api later = Api.anonymous(Deployments.at(Deployments.OFFSET_NAME));
    assertProblem(
        later.header("Authorization", "Bearer " + secret).get("webhooks"), 401, "invalid-token");
    assertEquals(200, bearer(secret).get("webhooks").status(), "still valid on time");
  }

  /**
   * Not the start's index check of the second deployment: it shares the first one's Lucene folder,
   * so its check can fail on the folder's lock at any moment of this class, whatever the requests.
   */
  private static boolean ofRequests(String incident) {
    return !incident.contains("SearchIndexCheck.reconcileAtStart");
  }

  private Api.Reply create(String name, List<String> scopes, String actAs, List<String> languages) {
    return api.as("admin").post("tokens", tokenBody(name, scopes, actAs, languages));
  }

  private static String tokenBody(
      String name, List<String> scopes, String actAs, List<String> languages) {
    String expires = Instant.now().plus(Duration.ofDays(1)).toString();
    return Api.json(
        "name",
        name,
        "scopes",
        scopes,
        "expiresAt",
        expires,
        "actAs",
        actAs,
        "languages",
        languages);
  }

  private static String secret(Api.Reply created) {
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("secret");
  }

  private Api bearer(String secret) {
    return api.header("Authorization", "Bearer " + secret);
  }

  private String publishedArticle(String title) {
    String id =
        newsroom.article(title, "The **Middle Corridor** links Kazakhstan.\n\nSecond part.");
    newsroom.publish(id, "en", "editor");
    return id;
  }

  private static String xliff(String id, String lang) {
    return Newsroom.version(id, lang) + "/xliff";
  }

  private static List<String> strings(JsonObject object, String field) {
    return object.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
