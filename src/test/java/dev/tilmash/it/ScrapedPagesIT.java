package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An old site's scraped pages imported over HTTP as one zip: every page becomes a DRAFT whose
 * stored title and author are those found behind the site's chrome, and the report says, in the
 * reader's language, how a title was found. The pages are those of {@code ScrapedPagesTest}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScrapedPagesIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final List<String> PAGES =
      List.of("grain-harvest.en", "middle-corridor.en", "flour-exports.ru", "water-agreement.kk");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  @Test
  void shouldStoreTheTitleAndAuthorFoundBehindTheSiteChrome() {
    Api.Reply reply = importZip();

    assertEquals(200, reply.status(), reply::toString);
    JsonObject report = reply.json();
    assertEquals(PAGES.size(), report.getInt("created"), reply::toString);
    JsonObject derived = entry(report, "grain-harvest.en.txt");
    assertEquals(
        "Файлда тақырып жолы жоқ; тақырып мәтіннің бірінші сөйлемінен құралды.",
        derived.getJsonArray("warnings").getJsonObject(0).getString("message"));

    Api editor = Api.anonymous(base).as("editor");
    JsonObject corridor = entry(report, "middle-corridor.en.txt");
    String id = corridor.getString("articleId");
    JsonObject article = editor.get("articles/" + id).json();
    assertEquals(
        "Aigerim Nurlanova, Senior Fellow at the Institute of World Economy and Politics",
        article.getString("author"));
    JsonObject version = editor.get(Newsroom.version(id, "en")).json();
    assertEquals(
        "Middle Corridor cargo grows as shippers avoid the northern route",
        version.getString("title"));
    String body = version.getString("bodyHtml");
    for (String chrome : List.of("TOP STORIES", "Aigerim", "Snowfall", "Контакты")) {
      assertFalse(body.contains(chrome), () -> chrome + " left in " + body);
    }
    assertTrue(body.endsWith("stays a seasonal one.</p>"), body);

    JsonObject kazakh = entry(report, "water-agreement.kk.txt");
    assertEquals("kk", kazakh.getString("language"));
    assertEquals(
        "Қазақстан мен Қырғызстан Шу өзенінің суын бөлу туралы келісімге қол қойды",
        editor
            .get(Newsroom.version(kazakh.getString("articleId"), "kk"))
            .json()
            .getString("title"));
  }

  private static JsonObject entry(JsonObject report, String file) {
    return report.getJsonArray("files").stream()
        .map(JsonObject.class::cast)
        .filter(entry -> entry.getString("file").equals(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry for " + file + " in " + report));
  }

  private Api.Reply importZip() {
    String credentials = "editor:" + Api.PASSWORD;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(base.toURI().resolve("api/v1/imports"))
              .timeout(Duration.ofSeconds(120))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
              .header("Content-Type", "application/zip")
              .header("Accept-Language", "kk")
              .POST(HttpRequest.BodyPublishers.ofByteArray(zip()))
              .build();
      return new Api.Reply(
          HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static byte[] zip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String page : PAGES) {
        zip.putNextEntry(new ZipEntry(page + ".txt"));
        try (InputStream in =
            ScrapedPagesIT.class.getResourceAsStream("/importing/pages/" + page + ".txt")) {
          zip.write(in.readAllBytes());
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
