package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input is read strictly at the root (issue 10, part 2): every JSON body, every typed parameter and
 * every uploaded archive. Each refusal is a 4xx problem that names what is wrong, and nothing is
 * written by a refused request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StrictInputIT {
  private static final String PROBLEMS = "https://tilmash.dev/problems/";

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
  void shouldRefuseANullRoleAndLeaveNoAccountBehind() {
    String name = "u" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply reply =
        api.as("admin")
            .post(
                "users",
                "{\"username\": \""
                    + name
                    + "\", \"password\": \"long-enough\", \"roles\": [null]}");
    JsonObject problem = assertProblem(reply, 400, "malformed-request");
    assertEquals("/roles/0", problem.getString("pointer"));
    assertEquals("roles", problem.getString("field"));
    assertFalse(api.as("admin").get("users").body().contains(name), "no account was created");
  }

  @Test
  void shouldRefuseAStringForABooleanAndLeaveTheAccountAsItWas() {
    String name = "u" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply created =
        api.as("admin")
            .post(
                "users",
                "{\"username\": \""
                    + name
                    + "\", \"password\": \"long-enough\","
                    + " \"roles\": [\"TRANSLATOR\"], \"languages\": [\"kk\"]}");
    assertEquals(201, created.status(), created::toString);
    Api.Reply disabled =
        api.as("admin")
            .put("users/" + name, "{\"roles\": [\"TRANSLATOR\"], \"enabled\": \"false\"}");
    assertEquals(
        "/enabled", assertProblem(disabled, 400, "malformed-request").getString("pointer"));
    assertEquals("boolean", disabled.json().getString("expected"));
    assertTrue(
        api.as("admin").get("users").structure().asJsonArray().stream()
            .map(JsonObject.class::cast)
            .filter(u -> u.getString("username").equals(name))
            .allMatch(u -> u.getBoolean("enabled")),
        "the account is still enabled");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[{\"sourceLanguage\": \"en\", \"title\": \"t\", \"body\": \"b\"}]|not-an-object",
        "{\"sourceLanguage\": \"en\", \"title\": \"t\", \"body\": \"b\"}]|trailing-content",
        "{\"sourceLanguage\": \"en\", \"title\": \"t\", \"body\": \"b\"}garbage|trailing-content",
        "{\"sourceLanguage\": \"en\", \"title\": \"t\", \"title\": \"u\", \"body\": \"b\"}|duplicate-key",
        "{\"sourceLanguage\": \"en\", \"title\": 5, \"body\": \"b\"}|type",
        "{\"sourceLanguage\": \"en\", \"title\": \"t\", \"body\": true}|type"
      })
  void shouldRefuseAnArticleBodyThatIsNotExactlyOneObjectOfTheRightTypes(
      String json, String reason) {
    long before = articleCount();
    JsonObject problem =
        assertProblem(api.as("editor").post("articles", json), 400, "malformed-request");
    assertEquals(reason, problem.getString("reason"));
    assertEquals(before, articleCount(), "nothing was created");
  }

  @Test
  void shouldRefuseBytesThatAreNotUtf8AndACharsetThatIsNot() {
    long before = articleCount();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        "{\"sourceLanguage\": \"en\", \"title\": \"Gr".getBytes(StandardCharsets.UTF_8));
    body.write(0xFF); // never a byte of UTF-8
    body.writeBytes("ain\", \"body\": \"b\"}".getBytes(StandardCharsets.UTF_8));
    Api.Reply broken =
        api.as("editor").sendBytes("POST", "articles", body.toByteArray(), "application/json");
    JsonObject problem = assertProblem(broken, 400, "malformed-request");
    assertEquals("encoding", problem.getString("reason"));
    assertEquals("title", problem.getString("field"));
    Api.Reply latin =
        api.as("editor")
            .sendBytes(
                "POST",
                "articles",
                "{\"sourceLanguage\": \"en\", \"title\": \"t\", \"body\": \"b\"}"
                    .getBytes(StandardCharsets.ISO_8859_1),
                "application/json; charset=ISO-8859-1");
    assertProblem(latin, 415, "unsupported-media-type");
    assertEquals(before, articleCount(), "nothing was created");
  }

  @Test
  void shouldRefuseAStringForTheMinorFlagAndTakeNoStep() {
    String id = newsroom.article("Minor", "Body.");
    Api.Reply reply =
        api.as("editor")
            .post(
                Newsroom.version(id, "en") + "/transitions",
                "{\"action\": \"submit\", \"minor\": \"yes\"}");
    assertEquals("/minor", assertProblem(reply, 400, "malformed-request").getString("pointer"));
    assertEquals(
        "DRAFT", api.as("editor").get(Newsroom.version(id, "en")).json().getString("state"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ru|1.5|malformed-request",
        "ru|12345678901234567890|malformed-request",
        "ru|999|invalid-field",
        "en|999|invalid-field",
        "en|1|invalid-field"
      })
  void shouldRefuseASourceRevisionThatIsNoRevision(String lang, String revision, String type) {
    String id = newsroom.article("Basis", "Body.");
    if (lang.equals("ru")) {
      newsroom.translate(id, "ru", "translator.ru", "Основа", "Текст.");
    }
    Api.Reply before = api.as("editor").get(Newsroom.version(id, lang));
    String json =
        "{\"title\": \"Changed\", \"body\": \"Changed.\", \"basedOnSourceRevision\": "
            + revision
            + "}";
    Api.Reply reply =
        api.as("editor")
            .header("If-Match", before.header("ETag"))
            .put(Newsroom.version(id, lang), json);
    JsonObject problem = assertProblem(reply, 400, type);
    assertTrue(problem.toString().contains("basedOnSourceRevision"), problem::toString);
    assertEquals(
        before.header("ETag"),
        api.as("editor").get(Newsroom.version(id, lang)).header("ETag"),
        "nothing was written");
  }

  @Test
  void shouldAnswerAnUnconfiguredSourceLanguageLikeEveryOtherUnsupportedLanguageInABody() {
    Api.Reply reply =
        api.as("editor")
            .post("articles", Api.json("sourceLanguage", "de", "title", "t", "body", "b"));
    JsonObject problem = assertProblem(reply, 422, "unconfigured-language");
    assertEquals("sourceLanguage", problem.getString("field"));
    assertTrue(problem.getJsonArray("supportedLanguages").toString().contains("\"kk\""));
  }

  @ParameterizedTest
  @CsvSource({
    "editor, articles?size=1e9, size",
    "editor, articles?page=abc, page",
    "editor, articles?outdated=maybe, outdated",
    "editor, articles?state=FOO, state",
    "anonymous, content/articles?size=1e9, size",
    "anonymous, content/articles?fallback=maybe, fallback",
    "anonymous, content/search?q=grain&size=x, size",
    "editor, review-queue?page=-x, page",
    "translator.kk, my-work?size=1.5, size",
    "editor, xliff?language=kk&missing=maybe, missing"
  })
  void shouldNameAParameterThatDoesNotParse(String user, String path, String field) {
    Api client = user.equals("anonymous") ? api : api.as(user);
    JsonObject problem = assertProblem(client.get(path), 400, "invalid-field");
    assertEquals(field, problem.getJsonArray("fields").getString(0));
  }

  @Test
  void shouldSayTheMaximumOfAPageAndRefuseARevisionThatIsNoNumber() {
    JsonObject tooBig = assertProblem(api.get("content/articles?size=101"), 400, "invalid-field");
    assertEquals(100, tooBig.getInt("max"));
    String id = newsroom.article("Revisions", "Body.");
    String revisions = Newsroom.version(id, "en") + "/revisions/";
    for (String path : List.of("abc", "1/diff/x", "1.5")) {
      assertProblem(api.as("editor").get(revisions + path), 400, "invalid-field");
    }
    Api.Reply restore =
        api.as("editor")
            .header("If-Match", "\"x\"")
            .send("POST", revisions + "abc/restore", null, null);
    assertProblem(restore, 400, "invalid-field");
  }

  @Test
  void shouldRefuseAnXliffBatchWithAnEntryOutsideTheArchiveOrWithoutAContentType() {
    for (String name : List.of("/abs.xlf", "../x.xlf")) {
      Api.Reply reply =
          api.as("translator.kk").sendBytes("POST", "xliff", zip(name), "application/zip");
      JsonObject problem = assertProblem(reply, 400, "archive-refused");
      assertEquals("traversal", problem.getString("reason"));
      assertEquals(name, problem.getString("entry"));
    }
    Api.Reply untyped = api.as("translator.kk").sendBytes("POST", "xliff", zip("a.xlf"), null);
    assertProblem(untyped, 415, "unsupported-media-type");
  }

  @Test
  void shouldSayInTheOpenApiDocumentThatTitlesArePlainText() {
    Api.Reply openApi = api.get("../../../openapi");
    assertEquals(200, openApi.status(), openApi::toString);
    assertTrue(openApi.body().contains("Plain text, delivered exactly as written"), "field docs");
    assertTrue(openApi.body().contains("Titles and summaries are plain text"), "API docs");
  }

  private static byte[] zip(String name) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write("<xliff/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private long articleCount() {
    return api.as("editor").get("articles?size=1").json().getJsonNumber("total").longValue();
  }

  private static JsonObject assertProblem(Api.Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(
        reply.header("Content-Type").startsWith("application/problem+json"),
        reply.header("Content-Type"));
    JsonObject problem = reply.json();
    assertEquals(PROBLEMS + type, problem.getString("type"), reply::toString);
    assertFalse(problem.getString("title").isBlank());
    assertFalse(problem.getString("detail").isBlank());
    assertFalse(reply.body().contains("Exception"), reply.body());
    assertFalse(reply.body().contains("dev.tilmash"), reply.body());
    return problem;
  }
}
