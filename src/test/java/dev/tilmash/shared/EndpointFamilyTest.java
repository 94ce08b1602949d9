package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EndpointFamilyTest {
  @Test
  void shouldNameTheFamilyOfEveryEndpoint() {
    assertFamily("content", "/api/v1/content/articles");
    assertFamily("content", "/api/v1/content/articles/sauda-dalizi");
    assertFamily("search", "/api/v1/content/search");
    assertFamily("articles", "/api/v1/articles");
    assertFamily("articles", "/api/v1/articles/42/versions/kk/transitions");
    assertFamily("articles", "/api/v1/articles/coverage");
    assertFamily("releases", "/api/v1/articles/42/releases");
    assertFamily("releases", "/api/v1/articles/42/releases/r-1");
    assertFamily("xliff", "/api/v1/articles/42/versions/kk/xliff");
    assertFamily("xliff", "/api/v1/xliff");
    assertFamily("import", "/api/v1/imports");
    assertFamily("queues", "/api/v1/review-queue");
    assertFamily("queues", "/api/v1/my-work");
    assertFamily("languages", "/api/v1/languages");
    assertFamily("users", "/api/v1/users/translator.kk");
    assertFamily("audit", "/api/v1/audit");
    assertFamily("webhooks", "/api/v1/webhooks/7/deliveries/9/redeliver");
    assertFamily("session", "/api/v1/session");
    assertFamily("console", "/console/");
    assertFamily("console", "/console/screens/editor.js");
    assertFamily("console", "/api/v1/console/messages");
  }

  @Test
  void shouldPutEverythingElseInOneFamilyNeverTheRawPath() {
    assertFamily("other", null);
    assertFamily("other", "");
    assertFamily("other", "/");
    assertFamily("other", "/api/v1");
    assertFamily("other", "/api/v1/");
    assertFamily("other", "/api/v2/articles");
    assertFamily("other", "/api/v1/content");
    assertFamily("other", "/api/v1/content/other");
    assertFamily("other", "/api/v1/%2e%2e/etc/passwd");
    assertFamily("other", "/errors/problem");
    assertFamily("other", "api/v1/articles");
    assertFamily("other", "/api/v1/articles42");
  }

  @Test
  void shouldKeepTheLabelSetSmallAndLowerCase() {
    Set<String> labels =
        Arrays.stream(EndpointFamily.values())
            .map(EndpointFamily::label)
            .collect(Collectors.toSet());
    assertEquals(EndpointFamily.values().length, labels.size());
    labels.forEach(label -> assertEquals(label.toLowerCase(java.util.Locale.ROOT), label));
  }

  @Test
  void shouldClassifyStatusesByTheirHundreds() {
    assertEquals("1xx", StatusClass.label(101));
    assertEquals("2xx", StatusClass.label(200));
    assertEquals("2xx", StatusClass.label(204));
    assertEquals("3xx", StatusClass.label(304));
    assertEquals("4xx", StatusClass.label(404));
    assertEquals("4xx", StatusClass.label(499));
    assertEquals("5xx", StatusClass.label(500));
    assertEquals("5xx", StatusClass.label(0), "a status never set is not a success");
    assertEquals("5xx", StatusClass.label(600));
    assertEquals(5, StatusClass.labels().length);
  }

  private static void assertFamily(String family, String path) {
    assertEquals(family, EndpointFamily.of(path).label(), () -> String.valueOf(path));
  }
}
