package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.interchange.CatTool;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * XLIFF over HTTP on a real Liberty: a translator exports a version, fills it in a CAT tool (okapi
 * writes the file), imports it through the workflow, and readers get the formatting back. Every
 * test makes its own articles, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XliffIT {
  private static final String XLIFF = "application/xliff+xml";
  private static final String PROBLEMS = "https://tilmash.dev/problems/";
  private static final String BODY =
      "The **Middle Corridor** links *Kazakhstan* with [the Caucasus](https://example.org/caucasus)."
          + " Trains take `12` days.\n\n## Figures\n\n- about **4 million** tonnes\n"
          + "- about 50,000 containers\n\n> \"The border becomes a filter,\" an adviser said.\n";
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // as in Api
          .connectTimeout(Duration.ofSeconds(10))
          .build();

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

  private String publishedArticle(String title, String body) {
    String id = newsroom.article(title, body);
    newsroom.publish(id, "en", "editor");
    return id;
  }

  private static String xliff(String id, String lang) {
    return Newsroom.version(id, lang) + "/xliff";
  }

  private Api.Reply export(String user, String id, String lang) {
    Api.Reply reply = api.as(user).get(xliff(id, lang));
    assertEquals(200, reply.status(), reply::toString);
    assertTrue(reply.header("Content-Type").startsWith(XLIFF), reply.header("Content-Type"));
    return reply;
  }

  private static byte[] bytes(Api.Reply reply) {
    return reply.body().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] xliff) {
    return new String(xliff, StandardCharsets.UTF_8);
  }

  private static void assertProblem(Api.Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(
        reply.header("Content-Type").startsWith("application/problem+json"), reply::toString);
    assertEquals(PROBLEMS + type, reply.json().getString("type"), reply::toString);
  }

  @Test
  void shouldRoundTripARussianTranslationFromACatToolToTheReader() {
    String id = publishedArticle("Corridor", BODY);
    Api.Reply exported = export("translator.ru", id, "ru");
    assertNull(exported.header("ETag"), "no Russian version yet");
    String file = exported.body();
    assertTrue(file.contains("srcLang=\"en\" trgLang=\"ru\""), file);
    assertTrue(file.contains("<mda:meta type=\"sourceRevision\">1</mda:meta>"), file);
    assertTrue(file.contains("subType=\"xlf:b\">Middle Corridor</pc>"), file);
    assertFalse(file.contains("**Middle"), "no Markdown in the text");

    byte[] translated = CatTool.translate(bytes(exported));
    Api.Reply imported =
        api.as("translator.ru")
            .header("If-None-Match", "*")
            .send("PUT", xliff(id, "ru") + "?submit=true", text(translated), XLIFF);
    assertEquals(201, imported.status(), imported::toString);
    assertNotNull(imported.header("ETag"));
    assertTrue(imported.header("Location").endsWith(Newsroom.version(id, "ru")));
    assertEquals("IN_REVIEW", imported.json().getString("state"));
    assertEquals(1, imported.json().getInt("basedOnSourceRevision"));
    assertTrue(imported.json().getBoolean("submitted"));

    assertEquals(200, newsroom.step(id, "ru", "editor2", "approve").status());
    assertEquals(200, newsroom.step(id, "ru", "editor", "publish").status());
    Api.Reply delivered = api.get("content/articles/" + id + "?lang=ru");
    assertEquals(200, delivered.status(), delivered::toString);
    String html = delivered.json().getString("body");
    assertTrue(
        html.contains("Тхе <strong>Миддле Цорридор</strong> линкс <em>Казакхстан</em>"), html);
    assertTrue(html.contains("<a href=\"https://example.org/caucasus\""), html);
    assertTrue(html.contains("<code>12</code>"), html);
    assertTrue(html.contains("<li>абоут <strong>4 миллион</strong> тоннес</li>"), html);
    assertTrue(html.contains("<blockquote>"), html);
  }

  @Test
  void shouldPrefillTheNextExportAndGuardTheImportWithTheVersionsEtag() {
    String id = publishedArticle("Prefill", BODY);
    String etag = newsroom.translate(id, "ru", "translator.ru", "Коридор", "Текст о **коридоре**.");
    Api.Reply exported = export("translator.ru", id, "ru");
    assertEquals(etag, exported.header("ETag"));
    assertTrue(exported.body().contains("<mda:meta type=\"versionEtag\">" + etag), exported::body);
    String file = text(CatTool.translate(bytes(exported)));

    assertProblem(
        api.as("translator.ru").send("PUT", xliff(id, "ru"), file, XLIFF),
        428,
        "precondition-required");
    assertProblem(
        api.as("translator.ru")
            .header("If-Match", "\"0-0\"")
            .send("PUT", xliff(id, "ru"), file, XLIFF),
        412,
        "stale-etag");
    Api.Reply saved =
        api.as("translator.ru").header("If-Match", etag).send("PUT", xliff(id, "ru"), file, XLIFF);
    assertEquals(200, saved.status(), saved::toString);
    assertEquals("DRAFT", saved.json().getString("state"));

    newsroom.publish(id, "ru", "translator.ru");
    String again = export("translator.kk", id, "ru").body();
    assertTrue(again.contains("state=\"final\""), again);
    assertTrue(again.contains("<target>Тхе <pc id=\"1\""), again);
    assertFalse(again.contains("state=\"initial\""), again);
  }

  @Test
  void shouldRefuseStaleUnitsUnlessForcedAndKeepTheVersionOutdated() {
    String id = publishedArticle("Stale", BODY);
    Api.Reply first = export("translator.ru", id, "ru");
    Api.Reply created =
        api.as("translator.ru")
            .header("If-None-Match", "*")
            .send("PUT", xliff(id, "ru"), text(CatTool.translate(bytes(first))), XLIFF);
    assertEquals(201, created.status(), created::toString);
    newsroom.publish(id, "ru", "translator.ru");
    Api.Reply old = export("translator.ru", id, "ru");

    Api.Reply english = api.as("editor").get(Newsroom.version(id, "en"));
    Api.Reply edited =
        api.as("editor")
            .header("If-Match", english.header("ETag"))
            .put(
                Newsroom.version(id, "en"),
                Api.json(
                    "title",
                    english.json().getString("title"),
                    "summary",
                    english.json().getString("summary"),
                    "body",
                    BODY.replace("about 50,000 containers", "about 60,000 containers")));
    assertEquals(200, edited.status(), edited::toString);
    newsroom.publish(id, "en", "editor");

    String file = text(CatTool.translate(bytes(old), (unit, run) -> run.toUpperCase(Locale.ROOT)));
    String etag = api.as("translator.ru").get(Newsroom.version(id, "ru")).header("ETag");
    Api.Reply stale =
        api.as("translator.ru").header("If-Match", etag).send("PUT", xliff(id, "ru"), file, XLIFF);
    assertProblem(stale, 409, "xliff-stale");
    assertEquals("[\"b4\"]", stale.json().getJsonArray("staleUnits").toString());
    assertEquals(2, stale.json().getInt("sourceRevision"));

    Api.Reply forced =
        api.as("translator.ru")
            .header("If-Match", etag)
            .send("PUT", xliff(id, "ru") + "?force=true", file, XLIFF);
    assertEquals(200, forced.status(), forced::toString);
    assertTrue(forced.json().getBoolean("outdated"));
    assertEquals(1, forced.json().getInt("basedOnSourceRevision"));
    assertEquals("[\"b4\"]", forced.json().getJsonArray("forcedUnits").toString());
  }

  @Test
  void shouldAnswerHostileAndWrongFilesWithProblemsNeverA500() {
    String id = publishedArticle("Hostile", BODY);
    String kazakh = export("translator.kk", id, "kk").body();
    Api.Reply xxe =
        api.as("translator.ru")
            .header("If-None-Match", "*")
            .send(
                "PUT",
                xliff(id, "ru"),
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<xliff>&e;</xliff>",
                XLIFF);
    assertProblem(xxe, 400, "xliff-malformed");
    assertEquals("dtd", xxe.json().getString("reason"));

    StringBuilder laughs = new StringBuilder("<!DOCTYPE x [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10));
      laughs.append("\">");
    }
    laughs.append("]><xliff>&l9;</xliff>");
    assertProblem(
        api.as("translator.ru")
            .header("If-None-Match", "*")
            .send("PUT", xliff(id, "ru"), laughs.toString(), XLIFF),
        400,
        "xliff-malformed");

    Api.Reply wrongLanguage =
        api.as("translator.ru")
            .header("If-None-Match", "*")
            .send(
                "PUT",
                xliff(id, "ru"),
                text(CatTool.translate(kazakh.getBytes(StandardCharsets.UTF_8))),
                XLIFF);
    assertProblem(wrongLanguage, 422, "xliff-mismatch");
    assertEquals(
        "target-language",
        wrongLanguage.json().getJsonArray("problems").getJsonObject(0).getString("kind"));

    String russian = text(CatTool.translate(bytes(export("translator.ru", id, "ru"))));
    int start = russian.indexOf("<unit id=\"b2\"");
    String missing =
        russian.substring(0, start)
            + russian.substring(russian.indexOf("</unit>", start) + "</unit>".length());
    Api.Reply missingUnit =
        api.as("translator.ru")
            .header("If-None-Match", "*")
            .send("PUT", xliff(id, "ru"), missing, XLIFF);
    assertProblem(missingUnit, 422, "xliff-mismatch");
    assertEquals(
        "{\"kind\":\"missing-unit\",\"unit\":\"b2\"}",
        missingUnit.json().getJsonArray("problems").getJsonObject(0).toString());

    assertProblem(
        api.as("translator.kk")
            .header("If-None-Match", "*")
            .send("PUT", xliff(id, "ru"), russian, XLIFF),
        403,
        "missing-language");
    assertProblem(
        api.as("editor").header("If-None-Match", "*").send("PUT", xliff(id, "en"), russian, XLIFF),
        409,
        "xliff-source-version");
    assertProblem(
        api.as("translator.ru")
            .header("If-None-Match", "*")
            .send("PUT", xliff(id, "ru"), russian, "application/json"),
        415,
        "unsupported-media-type");
    assertEquals(404, api.as("translator.ru").get(Newsroom.version(id, "ru")).status());
  }

  @Test
  void shouldExportAndImportABatchForAnAgencyFileByFile() {
    String token = "batch" + UUID.randomUUID().toString().substring(0, 8);
    String first = publishedArticle("Agency " + token + " one", BODY);
    String second = publishedArticle("Agency " + token + " two", "Just *one* paragraph.");
    Map<String, byte[]> files =
        unzip(binary("GET", "translator.kk", "xliff?language=kk&missing=true&q=" + token, null));
    assertEquals(2, files.size(), files::toString);
    assertTrue(files.keySet().stream().allMatch(n -> n.endsWith(".en-kk.xlf")), files::toString);

    Map<String, byte[]> translated = new LinkedHashMap<>();
    files.forEach((name, file) -> translated.put(name, CatTool.translate(file)));
    translated.put("broken.xlf", "not XML at all".getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> answer =
        binary("POST", "translator.kk", "xliff?submit=true", zip(translated));
    assertEquals(200, answer.statusCode(), () -> new String(answer.body()));
    JsonObject report =
        Json.createReader(new StringReader(new String(answer.body(), StandardCharsets.UTF_8)))
            .readObject();
    assertEquals(3, report.getInt("files"), report::toString);
    assertEquals(2, report.getInt("imported"), report::toString);
    assertEquals(1, report.getInt("failed"), report::toString);
    JsonObject broken = report.getJsonArray("results").getJsonObject(2);
    assertEquals(400, broken.getInt("status"));
    assertEquals(PROBLEMS + "xliff-malformed", broken.getJsonObject("problem").getString("type"));
    for (String id : List.of(first, second)) {
      Api.Reply kk = api.as("editor").get(Newsroom.version(id, "kk"));
      assertEquals("IN_REVIEW", kk.json().getString("state"), kk::toString);
    }
    Map<String, byte[]> existing =
        unzip(binary("GET", "editor", "xliff?language=kk&state=IN_REVIEW&q=" + token, null));
    assertEquals(2, existing.size());
    assertTrue(existing.values().stream().allMatch(f -> text(f).contains("state=\"translated\"")));
  }

  private HttpResponse<byte[]> binary(String method, String user, String path, byte[] body) {
    try {
      String pair = user + ":" + Api.PASSWORD;
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base.toExternalForm() + "api/v1/" + path))
              .timeout(Duration.ofSeconds(60))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/zip")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
      }
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, byte[]> unzip(HttpResponse<byte[]> response) {
    assertEquals(200, response.statusCode(), () -> new String(response.body()));
    assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        files.put(entry.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
