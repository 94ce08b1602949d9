package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every JSON body is read strictly: one UTF-8 object, no key twice, each value of its type. */
class StrictJsonReaderTest {
  enum Colour {
    RED,
    GREEN
  }

  record Inner(String name) {}

  record Sample(
      String title,
      Integer revision,
      Long big,
      Boolean enabled,
      Instant at,
      List<String> tags,
      Set<Colour> colours,
      Inner inner) {}

  private static Sample read(String json) {
    return StrictJsonReader.read(json.getBytes(StandardCharsets.UTF_8), Sample.class);
  }

  private static ProblemException refused(String json) {
    return refused(json.getBytes(StandardCharsets.UTF_8));
  }

  private static ProblemException refused(byte[] body) {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> StrictJsonReader.read(body, Sample.class));
    assertEquals(ProblemType.MALFORMED_REQUEST, refused.type());
    return refused;
  }

  @Test
  void shouldBindEveryKindOfField() {
    Sample sample =
        read(
            """
            {"title": "Grain", "revision": 3, "big": 12345678901, "enabled": false,
             "at": "2026-12-01T09:00:00Z", "tags": ["a", "b"], "colours": ["RED", "GREEN"],
             "inner": {"name": "x"}}""");
    assertEquals(
        new Sample(
            "Grain",
            3,
            12345678901L,
            false,
            Instant.parse("2026-12-01T09:00:00Z"),
            List.of("a", "b"),
            Set.of(Colour.RED, Colour.GREEN),
            new Inner("x")),
        sample);
  }

  @Test
  void shouldTakeNullAndAbsentMembersAsAbsentAndIgnoreUnknownOnes() {
    Sample sample = read("{\"title\": null, \"unknown\": [1, {\"deep\": true}]}");
    assertNull(sample.title());
    assertNull(sample.tags());
  }

  @Test
  void shouldReadABodyWithAByteOrderMark() {
    byte[] body = "\uFEFF{\"title\": \"Grain\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals("Grain", StrictJsonReader.read(body, Sample.class).title());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[{\"title\": \"x\"}]|not-an-object",
        "\"title\"|not-an-object",
        "{\"title\": \"x\"}]|trailing-content",
        "{\"title\": \"x\"}garbage|trailing-content",
        "{\"title\": \"x\"} {}|trailing-content",
        "{\"title\": |syntax",
        "{title: \"x\"}|syntax"
      })
  void shouldRefuseWhatIsNotOneObject(String json, String reason) {
    assertEquals(reason, refused(json).arguments().get("reason"));
  }

  @Test
  void shouldRefuseAnEmptyBody() {
    refused("");
    refused("   ");
  }

  @Test
  void shouldSayWhereTheSyntaxBroke() {
    ProblemException refused = refused("{\"tags\": [\"a\"], \"title\": ");
    assertEquals("syntax", refused.arguments().get("reason"));
    assertEquals("/title", refused.arguments().get("pointer"));
    assertEquals("title", refused.arguments().get("field"));
    assertEquals("/tags/0", refused("{\"tags\": [\"a\" \"b\"]}").arguments().get("pointer"));
  }

  @Test
  void shouldRefuseAKeyTwice() {
    ProblemException top = refused("{\"title\": \"a\", \"title\": \"b\"}");
    assertEquals("duplicate-key", top.arguments().get("reason"));
    assertEquals("/title", top.arguments().get("pointer"));
    ProblemException nested = refused("{\"inner\": {\"name\": \"a\", \"name\": \"b\"}}");
    assertEquals("/inner/name", nested.arguments().get("pointer"));
    assertEquals("inner", nested.arguments().get("field"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"title\": 5}|/title|string",
        "{\"title\": true}|/title|string",
        "{\"title\": [\"x\"]}|/title|string",
        "{\"enabled\": \"false\"}|/enabled|boolean",
        "{\"enabled\": 0}|/enabled|boolean",
        "{\"revision\": \"3\"}|/revision|integer",
        "{\"revision\": 1.5}|/revision|integer",
        "{\"revision\": 1.0}|/revision|integer",
        "{\"revision\": 1e2}|/revision|integer",
        "{\"revision\": 12345678901234567890}|/revision|integer",
        "{\"revision\": 2147483648}|/revision|integer",
        "{\"big\": 12345678901234567890}|/big|integer",
        "{\"at\": \"tomorrow\"}|/at|date-time",
        "{\"at\": 1764579600}|/at|date-time",
        "{\"tags\": \"a\"}|/tags|array",
        "{\"tags\": [\"a\", 5]}|/tags/1|string",
        "{\"tags\": [null]}|/tags/0|string",
        "{\"colours\": [null]}|/colours/0|string",
        "{\"inner\": \"x\"}|/inner|object",
        "{\"inner\": {\"name\": 7}}|/inner/name|string"
      })
  void shouldRefuseAValueOfTheWrongType(String json, String pointer, String expected) {
    ProblemException refused = refused(json);
    assertEquals("type", refused.arguments().get("reason"));
    assertEquals(pointer, refused.arguments().get("pointer"));
    assertEquals(pointer.split("/")[1], refused.arguments().get("field"));
    assertEquals(expected, refused.arguments().get("expected"));
  }

  @Test
  void shouldListTheValuesAnEnumTakes() {
    ProblemException refused = refused("{\"colours\": [\"red\"]}");
    assertEquals("/colours/0", refused.arguments().get("pointer"));
    assertEquals(List.of("RED", "GREEN"), refused.arguments().get("allowed"));
  }

  @Test
  void shouldRefuseBytesThatAreNotUtf8AndSayWhere() {
    byte[] start = "{\"tags\": [\"ok\"], \"title\": \"Gr".getBytes(StandardCharsets.UTF_8);
    byte[] end = "in\"}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[start.length + 1 + end.length];
    System.arraycopy(start, 0, body, 0, start.length);
    body[start.length] = (byte) 0xE4; // a lead byte without its continuation
    System.arraycopy(end, 0, body, start.length + 1, end.length);
    ProblemException refused = refused(body);
    assertEquals("encoding", refused.arguments().get("reason"));
    assertEquals("/title", refused.arguments().get("pointer"));
    assertEquals("title", refused.arguments().get("field"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"title\": \"\\ud800\"}", "{\"title\": \"a\\udc00b\"}"})
  void shouldRefuseHalfASurrogatePair(String json) {
    assertEquals("encoding", refused(json).arguments().get("reason"));
    assertEquals("Grain 🌾", read("{\"title\": \"Grain \\ud83c\\udf3e\"}").title());
  }

  @Test
  void shouldBoundTheNesting() {
    String deep = "{\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertEquals("depth", refused(deep).arguments().get("reason"));
  }

  @Test
  void shouldRefuseANumberTooLongToBeAnything() {
    assertEquals(
        "type", refused("{\"revision\": " + "9".repeat(10_000) + "}").arguments().get("reason"));
  }

  @Test
  void shouldRefuseACharsetOtherThanUtf8() {
    for (String charset : List.of("ISO-8859-1", "windows-1251", "utf-16")) {
      ProblemException refused =
          assertThrows(
              ProblemException.class,
              () ->
                  StrictJsonReader.requireUtf8(
                      new MediaType("application", "json", Map.of("charset", charset))));
      assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, refused.type());
      assertEquals(415, refused.type().status());
    }
    StrictJsonReader.requireUtf8(new MediaType("application", "json", Map.of("charset", "UTF-8")));
    StrictJsonReader.requireUtf8(new MediaType("application", "json", Map.of("charset", "utf8")));
    StrictJsonReader.requireUtf8(MediaType.APPLICATION_JSON_TYPE);
  }

  @Test
  void shouldNameNoFieldForTheWholeDocument() {
    assertFalse(refused("[]").arguments().containsKey("field"));
    assertEquals("", refused("[]").arguments().get("pointer"));
  }
}
