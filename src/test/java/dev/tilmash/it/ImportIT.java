package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Map;
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

/**
 * Imports of an old site's articles over HTTP on a real Liberty: multipart forms and zip archives,
 * each file its own DRAFT article or its own failure, and hostile archives refused before anything
 * is created. The pages are those of the unit tests, under {@code src/test/resources/importing/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportIT {
  private static final String PROBLEMS = "https://tilmash.dev/problems/";
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1) // as in Api
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final byte[] SCANNED_PDF = {
    '%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 0, 1, (byte) 0xC7, (byte) 0xEC, 0, 2, 3
  };

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
  void shouldImportTwoOfThreeFilesAsDraftsAndReportTheBrokenOne() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("scraped-page.en.html", page("scraped-page.en.html"));
    files.put("scan.txt", SCANNED_PDF);
    files.put("export.ru.txt", page("export.ru.txt"));

    Api.Reply reply = upload("editor", "imports", files, Map.of("tags", "archive-2019"), "ru");

    assertEquals(200, reply.status(), reply::toString);
    JsonObject report = reply.json();
    assertEquals(2, report.getInt("created"), reply::toString);
    assertEquals(1, report.getInt("failed"));

    JsonObject english = entry(report, "scraped-page.en.html");
    assertTrue(english.getBoolean("ok"));
    assertEquals("Dry port at Khorgos doubles container traffic", english.getString("title"));
    assertEquals("en", english.getString("language"));
    assertFalse(english.getBoolean("languageGiven"));
    assertTrue(english.getJsonNumber("confidence").doubleValue() > 0.9);
    assertTrue(english.getInt("words") > 150, english::toString);
    assertTrue(english.getJsonObject("dropped").getInt("count") >= 10, english::toString);
    String id = english.getString("articleId");
    JsonObject article = api.as("editor").get("articles/" + id).json();
    assertEquals("Daniyar Seitkali", article.getString("author"));
    assertEquals("Kazakh Railways press service", article.getString("source"));
    assertEquals("[\"archive-2019\"]", article.getJsonArray("tags").toString());
    assertEquals("DRAFT", article.getJsonArray("versions").getJsonObject(0).getString("state"));
    JsonObject version = api.as("editor").get(Newsroom.version(id, "en")).json();
    String body = version.getString("bodyHtml");
    assertTrue(body.contains("<h2>New tracks and a second gate</h2>"), body);
    assertTrue(body.contains("<strong>Khorgos</strong>"), body);
    for (String debris : List.of("Facebook", "USD", "Almaty +18", "Read also", "©", "Most read")) {
      assertFalse(body.contains(debris), () -> debris + " left in " + body);
    }

    JsonObject russian = entry(report, "export.ru.txt");
    assertTrue(russian.getBoolean("ok"), russian::toString);
    assertEquals("ru", russian.getString("language"));
    assertEquals("Айгуль Садыкова", russian.getString("author"));
    assertEquals(
        "metadata-repeated",
        russian.getJsonArray("warnings").getJsonObject(0).getString("code"),
        russian::toString);

    JsonObject broken = entry(report, "scan.txt");
    assertFalse(broken.getBoolean("ok"));
    assertFalse(broken.containsKey("articleId"));
    JsonObject problem = broken.getJsonObject("problem");
    assertEquals(PROBLEMS + "import-file-rejected", problem.getString("type"));
    assertEquals("binary", problem.getString("reason"));
    assertEquals(
        "Файл не импортирован", problem.getString("title"), "localized by Accept-Language");
  }

  @Test
  void shouldRefuseATranslator() {
    long before = articleCount();
    Api.Reply refused =
        upload(
            "translator.ru",
            "imports",
            Map.of("export.ru.txt", page("export.ru.txt")),
            Map.of(),
            "en");
    assertProblem(refused, 403, "missing-role");
    assertEquals("editor", refused.json().getString("role"));
    assertEquals(before, articleCount());
  }

  @Test
  void shouldImportTheFilesOfAZipArchive() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("export.en.md", page("export.en.md"));
    entries.put("snippet.kk.txt", page("snippet.kk.txt"));
    entries.put("photo.jpg", SCANNED_PDF);

    Api.Reply reply = sendZip("editor", "imports?tags=water,forum", zip(entries));

    assertEquals(200, reply.status(), reply::toString);
    JsonObject report = reply.json();
    assertEquals(2, report.getInt("created"), reply::toString);
    assertEquals("en", entry(report, "export.en.md").getString("language"));
    assertEquals("Aliya Nurmagambetova", entry(report, "export.en.md").getString("author"));
    assertEquals("kk", entry(report, "snippet.kk.txt").getString("language"));
    JsonObject other = entry(report, "photo.jpg").getJsonObject("problem");
    assertEquals("type", other.getString("reason"));
    String id = entry(report, "snippet.kk.txt").getString("articleId");
    JsonObject kazakh = api.as("editor").get(Newsroom.version(id, "kk")).json();
    assertEquals("DRAFT", kazakh.getString("state"));
    assertEquals("Екі ел арасындағы сауда өсті", kazakh.getString("title"));
    assertEquals(
        java.util.Set.of("water", "forum"),
        api.as("editor").get("articles/" + id).json().getJsonArray("tags").stream()
            .map(tag -> ((jakarta.json.JsonString) tag).getString())
            .collect(java.util.stream.Collectors.toSet()));
  }

  @Test
  void shouldRefuseAZipBombAndCreateNothing() {
    long before = articleCount();
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("first.txt", ("A real article " + UUID.randomUUID() + "\n\nText.").getBytes());
    entries.put("bomb.txt", new byte[40_000_000]);
    byte[] bomb = zip(entries);
    assertTrue(bomb.length < 200_000, "forty megabytes of zeros pack into " + bomb.length);

    Api.Reply refused = sendZip("editor", "imports", bomb);

    assertProblem(refused, 413, "import-too-large");
    assertEquals("file", refused.json().getString("limit"));
    assertEquals("bomb.txt", refused.json().getString("file"));
    assertEquals(before, articleCount());
  }

  @Test
  void shouldRefuseAnArchiveThatPointsOutsideItself() {
    Api.Reply traversal =
        sendZip("editor", "imports", zip(Map.of("../../etc/cron.d/evil.txt", "x".getBytes())));
    assertProblem(traversal, 400, "archive-refused");
    assertEquals("traversal", traversal.json().getString("reason"));
    assertEquals("../../etc/cron.d/evil.txt", traversal.json().getString("entry"));

    Api.Reply notZip = sendZip("editor", "imports", "plain text".getBytes());
    assertProblem(notZip, 400, "archive-refused");
  }

  @Test
  void shouldTakeImportsLargerThanTheGeneralBodyLimit() {
    StringBuilder text = new StringBuilder("Harvest report " + UUID.randomUUID() + "\n\n");
    while (text.length() < 1_500_000) {
      text.append("Farmers in the north brought in more wheat than a year ago, and the new")
          .append(" terminal took most of it by rail.\n\n");
    }
    Api.Reply reply =
        upload(
            "editor",
            "imports",
            Map.of("harvest.txt", text.toString().getBytes(StandardCharsets.UTF_8)),
            Map.of(),
            "en");
    assertEquals(200, reply.status(), () -> reply.status() + " " + reply.body().substring(0, 300));
    assertEquals(1, reply.json().getInt("created"), reply::toString);
  }

  @Test
  void shouldRefuseBadOptionsAndEmptyForms() {
    Api.Reply unsupported =
        upload(
            "editor",
            "imports?language=de",
            Map.of("export.en.txt", page("export.en.txt")),
            Map.of(),
            "en");
    assertProblem(unsupported, 404, "unsupported-language");

    Api.Reply empty = upload("editor", "imports", Map.of(), Map.of("tags", "x"), "en");
    assertProblem(empty, 400, "nothing-to-import");

    Api.Reply given =
        upload(
            "editor",
            "imports",
            Map.of("export.en.txt", page("export.en.txt")),
            Map.of("language", "ru"),
            "en");
    JsonObject file = entry(given.json(), "export.en.txt");
    assertEquals("ru", file.getString("language"), given::toString);
    assertTrue(file.getBoolean("languageGiven"));
    assertEquals(
        "language-differs", file.getJsonArray("warnings").getJsonObject(0).getString("code"));
  }

  private long articleCount() {
    return api.as("editor").get("articles?size=1").json().getJsonNumber("total").longValue();
  }

  private static JsonObject entry(JsonObject report, String file) {
    return report.getJsonArray("files").stream()
        .map(JsonObject.class::cast)
        .filter(entry -> entry.getString("file").equals(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry for " + file + " in " + report));
  }

  private static void assertProblem(Api.Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply::toString);
    assertEquals(PROBLEMS + type, reply.json().getString("type"), reply::toString);
    assertTrue(reply.header("Content-Type").startsWith("application/problem+json"));
  }

  /** A multipart/form-data request as a browser's upload form sends it. */
  private Api.Reply upload(
      String user,
      String path,
      Map<String, byte[]> files,
      Map<String, String> fields,
      String acceptLanguage) {
    String boundary = "----tilmash" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            write(
                body,
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\n\r\n",
                value.getBytes(StandardCharsets.UTF_8)));
    files.forEach(
        (name, content) ->
            write(
                body,
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n",
                content));
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        user,
        path,
        "multipart/form-data; boundary=" + boundary,
        body.toByteArray(),
        acceptLanguage);
  }

  private Api.Reply sendZip(String user, String path, byte[] zip) {
    return send(user, path, "application/zip", zip, "en");
  }

  private Api.Reply send(
      String user, String path, String contentType, byte[] body, String acceptLanguage) {
    try {
      URI uri = base.toURI().resolve("api/v1/" + path);
      String credentials = user + ":" + Api.PASSWORD;
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
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
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

  private static void write(ByteArrayOutputStream out, String head, byte[] content) {
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] page(String name) {
    try (InputStream in = ImportIT.class.getResourceAsStream("/importing/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
