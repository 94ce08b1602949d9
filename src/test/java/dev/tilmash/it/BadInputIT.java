package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input gets a clear, localized RFC 9457 problem with a stable type: never a 500, never a stack
 * trace, never a partial write.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {
  private static final String PROBLEMS = "https://tilmash.dev/problems/";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void connect() {
    api = Api.anonymous(base);
  }

  @Test
  void shouldAnswerMalformedJsonWithABadRequestProblem() {
    Api.Reply reply = api.as("editor").post("articles", "{\"sourceLanguage\": \"en\", \"title\": ");
    assertProblem(reply, 400, "malformed-request");
    Api.Reply wrongType =
        api.as("editor")
            .post(
                "articles",
                "{\"sourceLanguage\": \"en\", \"title\": \"x\", \"body\": \"b\", \"tags\": 5}");
    assertProblem(wrongType, 400, "malformed-request");
  }

  @Test
  void shouldNameTheMissingFields() {
    Api.Reply reply = api.as("editor").post("articles", Api.json("sourceLanguage", "en"));
    assertProblem(reply, 400, "invalid-field");
    String fields = reply.json().getJsonArray("fields").toString();
    assertTrue(fields.contains("title") && fields.contains("body"), fields);
  }

  @Test
  void shouldRefuseAnInvalidLanguageTagAndListTheSupportedOnes() {
    assertProblem(api.get("content/articles?lang=12345"), 400, "invalid-language-tag");
    Api.Reply unsupported = api.get("content/articles?lang=de");
    assertProblem(unsupported, 404, "unsupported-language");
    assertEquals(
        "[\"en\",\"ru\",\"kk\",\"uz\",\"zh\",\"uz-Cyrl\",\"zh-Hant\",\"kk-Latn\"]",
        unsupported.json().getJsonArray("supportedLanguages").toString());
    Api.Reply article =
        api.as("editor")
            .post("articles", Api.json("sourceLanguage", "xx-!!", "title", "t", "body", "b"));
    assertProblem(article, 400, "invalid-language-tag");
  }

  @Test
  void shouldCanonicaliseLanguageTags() {
    Api.Reply reply = api.get("content/articles?lang=UZ_latn");
    assertEquals(200, reply.status(), reply::toString);
    assertEquals("uz", reply.header("Content-Language"));
  }

  @Test
  void shouldRefuseABodyOverTheLimit() {
    String huge = "x".repeat(1_100_000);
    Api.Reply reply =
        api.as("editor")
            .post("articles", Api.json("sourceLanguage", "en", "title", "t", "body", huge));
    assertProblem(reply, 413, "body-too-large");
    assertEquals(1048576, reply.json().getInt("limit"));
  }

  @Test
  void shouldAnswerUnknownThingsWithNotFoundProblems() {
    assertProblem(
        api.as("editor").get("articles/00000000-0000-0000-0000-000000000000"),
        404,
        "article-not-found");
    assertProblem(api.get("content/articles/no-such-slug"), 404, "nothing-published");
    assertProblem(api.as("editor").get("no/such/path"), 404, "not-found");
  }

  @Test
  void shouldChallengeWithoutOrWithAWrongPassword() {
    assertProblem(api.get("articles"), 401, "unauthenticated");
    Api.Reply wrong = api.header("Authorization", "Basic ZWRpdG9yOndyb25n").get("articles");
    assertProblem(wrong, 401, "unauthenticated");
    assertTrue(wrong.header("WWW-Authenticate").startsWith("Basic"));
    assertProblem(api.header("Authorization", "Basic !!!").get("articles"), 401, "unauthenticated");
  }

  @Test
  void shouldNameTheMissingRole() {
    Api.Reply reply =
        api.as("translator.ru")
            .post("articles", Api.json("sourceLanguage", "en", "title", "t", "body", "b"));
    assertProblem(reply, 403, "missing-role");
    assertEquals("editor", reply.json().getString("role"));
  }

  @Test
  void shouldLocalizeProblemsByAcceptLanguage() {
    Api.Reply russian = api.header("Accept-Language", "ru-RU").get("content/articles?lang=de");
    assertEquals("Язык не поддерживается", russian.json().getString("title"), russian::toString);
    Api.Reply kazakh = api.header("Accept-Language", "kk").get("content/articles?lang=de");
    assertFalse(kazakh.json().getString("title").equals(russian.json().getString("title")));
  }

  @ParameterizedTest
  @ValueSource(strings = {";;;", "q=abc", "*;q=x", "en;q=1.5", "ÿÿÿ", "zz-ZZ-ZZ-ZZ, , ,"})
  void shouldNeverFailOnAGarbageAcceptLanguage(String header) {
    Api.Reply reply = api.header("Accept-Language", header).get("content/articles");
    assertEquals(200, reply.status(), reply::toString);
  }

  @Test
  void shouldRefuseAnUnknownActionAndAMissingComment() {
    String id = new Newsroom(api).article("Actions", "Body.");
    assertProblem(new Newsroom(api).step(id, "en", "editor", "fly"), 400, "invalid-field");
    assertEquals(200, new Newsroom(api).step(id, "en", "editor", "submit").status());
    Api.Reply noComment = new Newsroom(api).step(id, "en", "editor2", "request-changes");
    assertProblem(noComment, 400, "invalid-field");
    JsonObject view = api.as("editor").get(Newsroom.version(id, "en")).json();
    assertEquals("IN_REVIEW", view.getString("state"), "nothing was written");
  }

  @Test
  void shouldRefuseAnUnsupportedMediaType() {
    Api.Reply reply =
        api.as("editor").send("POST", "articles", "title=x", "application/x-www-form-urlencoded");
    assertProblem(reply, 415, "unsupported-media-type");
  }

  private static void assertProblem(Api.Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(
        reply.header("Content-Type").startsWith("application/problem+json"),
        reply.header("Content-Type"));
    JsonObject problem = reply.json();
    assertEquals(PROBLEMS + type, problem.getString("type"), reply::toString);
    assertEquals(status, problem.getInt("status"));
    for (String member : List.of("title", "detail")) {
      assertFalse(problem.getString(member).isBlank());
    }
    assertFalse(reply.body().contains("Exception"), reply.body());
    assertFalse(reply.body().contains("dev.tilmash"), reply.body());
  }
}
