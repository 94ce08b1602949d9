package dev.tilmash.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryAnswerTest {
  private static final String CACHE_CONTROL = "public, max-age=60";
  private static final byte[] JSON = "{\"title\":\"Дәліз\"}".getBytes(StandardCharsets.UTF_8);

  private static Delivery.Found found() {
    Map<String, String> alternates = new LinkedHashMap<>();
    alternates.put("en", "http://cms/api/v1/content/articles/corridor?lang=en");
    alternates.put("kk", "http://cms/api/v1/content/articles/dializ?lang=kk");
    return new Delivery.Found(
        "a1", "kk", JSON, "\"abc\"", Instant.parse("2025-05-04T10:02:02Z"), alternates);
  }

  @Test
  void shouldSendTheArticleWithItsValidatorsAndAlternates() {
    DeliveryAnswer answer = DeliveryAnswer.of(found(), CACHE_CONTROL, null, null, null);
    assertEquals(200, answer.status());
    assertArrayEquals(JSON, answer.body());
    assertEquals(
        List.of(
            "ETag: \"abc\"",
            "Last-Modified: Sun, 04 May 2025 10:02:02 GMT",
            "Content-Language: kk",
            "Vary: Accept-Language, Accept-Encoding",
            "Link: <http://cms/api/v1/content/articles/corridor?lang=en>; rel=\"alternate\";"
                + " hreflang=\"en\"",
            "Link: <http://cms/api/v1/content/articles/dializ?lang=kk>; rel=\"alternate\";"
                + " hreflang=\"kk\"",
            "Cache-Control: public, max-age=60",
            "Content-Type: application/json"),
        lines(answer));
  }

  @Test
  void shouldSendNoBodyButTheSameValidatorsWhenNotModified() {
    DeliveryAnswer answer = DeliveryAnswer.of(found(), CACHE_CONTROL, "\"abc\"", null, null);
    assertEquals(304, answer.status());
    assertNull(answer.body());
    assertEquals(
        lines(DeliveryAnswer.of(found(), CACHE_CONTROL, null, null, null)).subList(0, 7),
        lines(answer));
  }

  @Test
  void shouldSendAListPageInItsLanguage() {
    DeliveryAnswer answer = DeliveryAnswer.of(new DeliveredList(JSON, "ru"), CACHE_CONTROL, null);
    assertEquals(200, answer.status());
    assertEquals(
        List.of(
            "Content-Language: ru",
            "Vary: Accept-Language, Accept-Encoding",
            "Cache-Control: public, max-age=60",
            "Content-Type: application/json"),
        lines(answer));
  }

  private static List<String> lines(DeliveryAnswer answer) {
    return answer.headers().stream().map(h -> h.name() + ": " + h.value()).toList();
  }
}
