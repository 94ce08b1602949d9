package dev.tilmash.it;

import static dev.tilmash.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The vocabulary over HTTP on a real Liberty: editors manage tags and sections with ETags, articles
 * reference them by key, delivery shows them in the reader's language with fallback, lists filter
 * by key, slug or label, and a relabelling shows at once. Every term has a key of its own, so the
 * tests do not depend on each other or on the demo newsroom.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VocabularyIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  private Api api;
  private Newsroom newsroom;
  private String suffix;

  @BeforeEach
  void connect() {
    api = Api.anonymous(base);
    newsroom = new Newsroom(api);
    suffix = UUID.randomUUID().toString().substring(0, 8);
  }

  /** A term's body: its key and (language, label) pairs. */
  private static String term(String key, String... labels) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (int i = 0; i < labels.length; i += 2) {
      array.add(Json.createObjectBuilder().add("language", labels[i]).add("label", labels[i + 1]));
    }
    var object = Json.createObjectBuilder().add("labels", array);
    if (key != null) {
      object.add("key", key);
    }
    return object.build().toString();
  }

  private Api.Reply create(String kind, String body) {
    return api.as("editor").post("vocabulary/" + kind, body);
  }

  /** An editor's new English article with these tags and section (null for none). */
  private Api.Reply article(List<String> tags, String section) {
    var body =
        Json.createObjectBuilder()
            .add("sourceLanguage", "en")
            .add("title", "Grain corridor " + suffix)
            .add("body", "Grain moves east.")
            .add("tags", Json.createArrayBuilder(tags));
    if (section != null) {
      body.add("section", section);
    }
    return api.as("editor").post("articles", body.build().toString());
  }

  /** Such an article, published in English and Kazakh. */
  private String publishedArticle(List<String> tags, String section) {
    Api.Reply created = article(tags, section);
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    newsroom.publish(id, "en", "editor");
    newsroom.translate(id, "kk", "translator.kk", "Астық дәлізі " + suffix, "Астық шығысқа өтеді.");
    newsroom.publish(id, "kk", "translator.kk");
    return id;
  }

  private JsonObject delivered(String id, String lang) {
    Api.Reply reply = api.get("content/articles/" + id + "?lang=" + lang);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private List<String> listed(String query) {
    Api.Reply reply = api.get("content/articles?size=100&" + query);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString("id"))
        .toList();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void shouldManageATermWithEtagsAndAuditEveryChange() {
    String key = "grain-" + suffix;
    Api.Reply created = create("tags", term(key, "en", "Grain", "ru", "Зерно"));
    assertEquals(201, created.status(), created::toString);
    assertTrue(created.header("Location").endsWith("/vocabulary/tags/" + key));
    String etag = created.header("ETag");
    assertEquals("zerno", created.json().getJsonArray("labels").getJsonObject(1).getString("slug"));

    Api.Reply read = api.as("translator.kk").get("vocabulary/tags/" + key);
    assertEquals(etag, read.header("ETag"));
    String kazakh = term(null, "en", "Grain", "ru", "Зерно", "kk", "Астық");
    assertProblem(
        api.as("editor").put("vocabulary/tags/" + key, kazakh), 428, "precondition-required");
    Api.Reply changed =
        api.as("editor").header("If-Match", etag).put("vocabulary/tags/" + key, kazakh);
    assertEquals(200, changed.status(), changed::toString);
    assertNotEquals(etag, changed.header("ETag"));
    assertProblem(
        api.as("editor").header("If-Match", etag).put("vocabulary/tags/" + key, kazakh),
        412,
        "stale-etag");

    Api.Reply deleted = api.as("editor").send("DELETE", "vocabulary/tags/" + key, null, null);
    assertEquals(204, deleted.status(), deleted::toString);
    assertProblem(api.as("editor").get("vocabulary/tags/" + key), 404, "term-not-found");
    String audit = api.as("admin").get("audit?kind=VOCABULARY&size=100").body();
    for (String what : List.of(" created", " relabelled", " deleted")) {
      assertTrue(audit.contains("tag " + key + what), what);
    }
  }

  @Test
  void shouldDeliverTagsAndSectionInTheReadersLanguageWithFallback() {
    String tag = "trade-" + suffix;
    String section = "economy-" + suffix;
    assertEquals(
        201,
        create("tags", term(tag, "en", "Trade " + suffix, "ru", "Торговля " + suffix)).status());
    assertEquals(201, create("sections", term(section, "en", "Economy " + suffix)).status());
    String id = publishedArticle(List.of(tag), section);

    JsonObject kazakh = delivered(id, "kk");
    assertEquals("kk", kazakh.getString("language"));
    JsonObject kazakhTag = kazakh.getJsonArray("tags").getJsonObject(0);
    assertEquals(tag, kazakhTag.getString("key"));
    assertEquals("Торговля " + suffix, kazakhTag.getString("label"), "kk falls back to ru");
    assertEquals(
        "Economy " + suffix, kazakh.getJsonObject("section").getString("label"), "then to en");
    JsonObject english = delivered(id, "en");
    assertEquals(
        "Trade " + suffix, english.getJsonArray("tags").getJsonObject(0).getString("label"));
    assertEquals(section, english.getJsonObject("section").getString("key"));
    assertEquals(
        List.of(tag),
        api
            .as("editor")
            .get("articles/" + id)
            .json()
            .getJsonArray("tags")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(s -> s.getString())
            .toList());
  }

  @Test
  void shouldFilterListsByKeyLocalizedSlugOrLabelAndSection() {
    String tag = "water-" + suffix;
    String section = "region-" + suffix;
    assertEquals(
        201,
        create("tags", term(tag, "en", "Water " + suffix, "kk", "Су ресурстары " + suffix))
            .status());
    assertEquals(201, create("sections", term(section, "en", "Region " + suffix)).status());
    String id = publishedArticle(List.of(tag), section);
    String kazakhSlug =
        api.as("editor")
            .get("vocabulary/tags/" + tag)
            .json()
            .getJsonArray("labels")
            .getJsonObject(1)
            .getString("slug");

    assertEquals(List.of(id), listed("lang=kk&tag=" + tag));
    assertEquals(List.of(id), listed("lang=kk&tag=" + kazakhSlug));
    assertEquals(List.of(id), listed("lang=kk&tag=" + encoded("су ресурстары " + suffix)));
    assertEquals(List.of(id), listed("lang=kk&section=" + section + "&tag=" + tag));
    assertEquals(List.of(id), listed("lang=en&fallback=true&tag=" + tag));
    assertEquals(List.of(), listed("lang=en&tag=" + kazakhSlug), "a Kazakh slug in English");
    assertEquals(List.of(), listed("lang=kk&tag=nothing-" + suffix));
    assertProblem(api.get("content/articles?lang=kk&sort=title&tag=" + tag), 400, "invalid-field");
  }

  @Test
  void shouldShowARelabelledTermAtOnce() {
    String tag = "energy-" + suffix;
    Api.Reply created = create("tags", term(tag, "en", "Energy " + suffix));
    String id = publishedArticle(List.of(tag), null);
    String before = delivered(id, "kk").getJsonArray("tags").getJsonObject(0).getString("label");
    assertEquals("Energy " + suffix, before);
    String etagBefore = api.get("content/articles/" + id + "?lang=kk").header("ETag");
    assertEquals(List.of(id), listed("lang=kk&tag=" + tag));

    Api.Reply relabelled =
        api.as("editor")
            .header("If-Match", created.header("ETag"))
            .put(
                "vocabulary/tags/" + tag, term(null, "en", "Energy " + suffix, "kk", "Энергетика"));
    assertEquals(200, relabelled.status(), relabelled::toString);

    Api.Reply after = api.get("content/articles/" + id + "?lang=kk");
    assertEquals(
        "Энергетика", after.json().getJsonArray("tags").getJsonObject(0).getString("label"));
    assertNotEquals(etagBefore, after.header("ETag"));
    Api.Reply list = api.get("content/articles?size=100&lang=kk&tag=" + tag);
    assertEquals(
        "Энергетика",
        list.json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonArray("tags")
            .getJsonObject(0)
            .getString("label"));
  }

  @Test
  void shouldKeepPlainTagStringsWorkingAndRefuseAnUnknownSection() {
    String plain = "plain " + suffix;
    Api.Reply created = article(List.of(plain), null);
    assertEquals(201, created.status(), created::toString);
    String path = "vocabulary/tags/" + plain.replace(" ", "%20");
    Api.Reply term = api.as("editor").get(path);
    assertEquals(200, term.status(), term::toString);
    assertEquals(0, term.json().getJsonArray("labels").size());

    assertProblem(api.as("editor").send("DELETE", path, null, null), 409, "term-in-use");
    Api.Reply unknown = article(List.of(), "nowhere-" + suffix);
    assertProblem(unknown, 400, "unknown-section");
    assertTrue(unknown.json().getString("detail").contains("nowhere-" + suffix));
  }

  @Test
  void shouldDescribeTheVocabularyInTheOpenApiDocument() {
    String openApi = api.get("../../../openapi").body();
    assertTrue(openApi.contains("/api/v1/vocabulary/{kind}/{key}"), "the endpoints");
    assertTrue(openApi.contains("LocalizedTerm"), "the delivered shape");
  }

  @Test
  void shouldRefuseBadTermsWithAProblem() {
    String key = "port-" + suffix;
    assertEquals(201, create("tags", term(key, "kk", "Порт " + suffix)).status());
    assertProblem(create("tags", term(key, "en", "Port")), 409, "term-exists");
    String takenSlug =
        Json.createObjectBuilder()
            .add("key", "harbour-" + suffix)
            .add(
                "labels",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("language", "kk")
                            .add("label", "Айлақ")
                            .add("slug", "port-" + suffix)))
            .build()
            .toString();
    assertProblem(create("tags", takenSlug), 409, "term-slug-taken");
    Api.Reply badSlug =
        create("tags", takenSlug.replace("\"port-" + suffix + "\"", "\"Not A Slug\""));
    assertProblem(badSlug, 400, "invalid-field");
    assertTrue(badSlug.json().toString().contains("slug"), badSlug::toString);
    assertProblem(create("tags", term(null, "en", "No key")), 400, "invalid-field");
    assertProblem(create("tags", term("fr-" + suffix, "fr", "Port")), 422, "unconfigured-language");
    assertProblem(create("colours", term("red-" + suffix, "en", "Red")), 404, "not-found");
    assertProblem(
        api.as("translator.kk").post("vocabulary/tags", term("t-" + suffix, "kk", "Т")),
        403,
        "missing-role");
    assertProblem(api.get("vocabulary/tags"), 401, "unauthenticated");
  }
}
