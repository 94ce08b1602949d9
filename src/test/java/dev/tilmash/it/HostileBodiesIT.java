package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hostile client's bodies on a real Liberty: broken multipart forms sent as raw bytes, and bodies
 * nested thousands of levels deep through every way a body gets in. Each gets its 4xx problem+json,
 * localized and free of Java internals, and nothing is written: the editorial list keeps its count.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileBodiesIT {
  private static final String PROBLEMS = "https://tilmash.dev/problems/";
  private static final Pattern INTERNALS =
      Pattern.compile("Exception|Error\\b|java\\.|jakarta\\.|dev\\.tilmash|org\\.|\\tat ");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String FORM = "multipart/form-data; boundary=Tilmash7";
  private static final String FILE_PART =
      "--Tilmash7\r\nContent-Disposition: form-data; name=\"files\"; filename=\"grain.txt\"\r\n"
          + "Content-Type: text/plain\r\n\r\nGrain exports rise\n\nWheat went east by rail.\r\n";

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

  @ParameterizedTest
  @CsvSource({
    "no-name, name",
    "no-headers, name",
    "no-boundary, boundary",
    "other-boundary, start",
    "truncated-headers, headers",
    "huge-header, headerLength",
    "huge-filename, fileNameLength",
    "unterminated, unterminated"
  })
  void shouldRefuseABrokenFormWholeAndImportNothing(String shape, String reason) {
    long before = editorialTotal();

    Api.Reply reply = form(shape);

    assertProblem(reply, 400, "multipart-malformed");
    assertEquals(reason, reply.json().getString("reason"), reply::toString);
    assertEquals(before, editorialTotal(), "a refused form imports nothing");
  }

  @Test
  void shouldStillImportAWellFormedForm() {
    long before = editorialTotal();

    Api.Reply reply = upload(FORM, FILE_PART + "--Tilmash7--\r\n", "en");

    assertEquals(200, reply.status(), reply::toString);
    assertEquals(1, reply.json().getInt("created"), reply::toString);
    assertEquals(before + 1, editorialTotal());
  }

  @Test
  void shouldLocalizeTheRefusalOfABrokenForm() {
    Api.Reply reply = upload(FORM, FILE_PART, "ru");

    assertProblem(reply, 400, "multipart-malformed");
    assertTrue(reply.json().getString("detail").contains("закрывающей границы"), reply::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"quotes", "lists"})
  void shouldRefuseACreatedArticleNestedTooDeeply(String shape) {
    long before = editorialTotal();

    Api.Reply reply =
        api.as("editor")
            .post(
                "articles", Api.json("sourceLanguage", "en", "title", "Deep", "body", deep(shape)));

    assertTooDeep(reply);
    assertEquals(before, editorialTotal());
  }

  @ParameterizedTest
  @ValueSource(strings = {"quotes", "lists", "emphasis", "html"})
  void shouldRefuseAnEditNestedTooDeeplyAndKeepTheVersion(String shape) {
    Api.Reply created =
        api.as("editor")
            .post(
                "articles",
                Api.json("sourceLanguage", "en", "title", "Grain exports rise", "body", "Wheat."));
    assertEquals(201, created.status(), created::toString);
    String version = "articles/" + created.json().getString("id") + "/versions/en";
    Api.Reply read = api.as("editor").get(version);

    Api.Reply edit =
        api.as("editor")
            .header("If-Match", read.header("ETag"))
            .put(version, Api.json("title", "Grain exports rise", "body", deep(shape)));

    assertTooDeep(edit);
    Api.Reply after = api.as("editor").get(version);
    assertEquals(read.header("ETag"), after.header("ETag"), "nothing was written");
    assertEquals(read.json().getString("body"), after.json().getString("body"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"quotes", "lists"})
  void shouldReportAnImportedMarkdownFileNestedTooDeeply(String shape) {
    long before = editorialTotal();
    String markdown = "# Grain exports rise\n\n" + deep(shape) + "\n";

    Api.Reply reply = upload(FORM, filePart("deep.md", markdown) + "--Tilmash7--\r\n", "en");

    assertEquals(200, reply.status(), reply::toString);
    assertEquals(0, reply.json().getInt("created"), reply::toString);
    JsonObject problem =
        reply.json().getJsonArray("files").getJsonObject(0).getJsonObject("problem");
    assertEquals(PROBLEMS + "body-too-deep", problem.getString("type"), reply::toString);
    assertEquals(100, problem.getInt("maxDepth"));
    assertFalse(INTERNALS.matcher(reply.body()).find(), reply::toString);
    assertEquals(before, editorialTotal());
  }

  @Test
  void shouldImportAPageOfTwentyThousandNestedDivsFlattened() {
    long before = editorialTotal();
    String html =
        "<html><body><h1>Grain exports rise</h1><p>Wheat went east.</p>"
            + "<div>".repeat(20_000)
            + "Barley went south.</body></html>";

    Api.Reply reply = upload(FORM, filePart("deep.html", html) + "--Tilmash7--\r\n", "en");

    assertEquals(200, reply.status(), reply::toString);
    JsonObject file = reply.json().getJsonArray("files").getJsonObject(0);
    assertTrue(file.getBoolean("ok"), reply::toString);
    assertTrue(
        file.getJsonArray("warnings").toString().contains("nesting-flattened"), reply::toString);
    Api.Reply article =
        api.as("editor").get("articles/" + file.getString("articleId") + "/versions/en");
    assertTrue(article.json().getString("body").contains("Barley went south."), article::toString);
    assertEquals(before + 1, editorialTotal());
  }

  private void assertTooDeep(Api.Reply reply) {
    assertProblem(reply, 422, "body-too-deep");
    assertEquals(100, reply.json().getInt("maxDepth"), reply::toString);
  }

  private static void assertProblem(Api.Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(
        reply.header("Content-Type").startsWith("application/problem+json"), reply::toString);
    assertEquals(PROBLEMS + type, reply.json().getString("type"), reply::toString);
    assertFalse(reply.json().getString("detail").isBlank());
    assertFalse(INTERNALS.matcher(reply.body()).find(), reply::toString);
  }

  private long editorialTotal() {
    return api.as("editor").get("articles?size=1").json().getJsonNumber("total").longValue();
  }

  private static String deep(String shape) {
    return switch (shape) {
      case "quotes" -> "> ".repeat(15_000) + "Wheat.";
      case "lists" -> "- ".repeat(6_000) + "Wheat.";
      case "emphasis" -> "*a ".repeat(20_000) + "Wheat." + " a*".repeat(20_000);
      case "html" -> "<blockquote>".repeat(20_000) + "Wheat.";
      default -> throw new IllegalArgumentException(shape);
    };
  }

  private Api.Reply form(String shape) {
    String closing = "--Tilmash7--\r\n";
    return switch (shape) {
      case "no-name" ->
          upload(
              FORM,
              FILE_PART + "--Tilmash7\r\nContent-Disposition: form-data\r\n\r\nru\r\n" + closing,
              "en");
      case "no-headers" -> upload(FORM, FILE_PART + "--Tilmash7\r\n\r\nru\r\n" + closing, "en");
      case "no-boundary" -> upload("multipart/form-data", FILE_PART + closing, "en");
      case "other-boundary" ->
          upload("multipart/form-data; boundary=Other", FILE_PART + closing, "en");
      case "truncated-headers" ->
          upload(FORM, FILE_PART + "--Tilmash7\r\nContent-Disposition: form-data; na", "en");
      case "huge-header" ->
          upload(
              FORM,
              FILE_PART
                  + "--Tilmash7\r\nX-Note: "
                  + "n".repeat(20_000)
                  + "\r\n"
                  + FILE_PART.substring("--Tilmash7\r\n".length())
                  + closing,
              "en");
      case "huge-filename" ->
          upload(FORM, filePart("n".repeat(5_000) + ".txt", "Grain exports rise") + closing, "en");
      case "unterminated" -> upload(FORM, FILE_PART, "en");
      default -> throw new IllegalArgumentException(shape);
    };
  }

  private static String filePart(String name, String content) {
    return "--Tilmash7\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
        + name
        + "\"\r\n\r\n"
        + content
        + "\r\n";
  }

  /** The body as raw bytes, exactly as written, with the given Content-Type. */
  private Api.Reply upload(String contentType, String body, String acceptLanguage) {
    try {
      URI uri = base.toURI().resolve("api/v1/imports?language=en");
      String credentials = "editor:" + Api.PASSWORD;
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(120))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
              .header("Content-Type", contentType)
              .header("Accept-Language", acceptLanguage)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)))
              .build();
      return new Api.Reply(
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
