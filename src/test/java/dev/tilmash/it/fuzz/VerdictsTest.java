package dev.tilmash.it.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz judges answers as the contract does, no more strictly and no less. */
class VerdictsTest {
  private static final String PROBLEM =
      "{\"type\":\"https://tilmash.dev/problems/malformed-request\",\"status\":400}";

  @Test
  void shouldAcceptAProblemAndALegitimateSuccess() {
    Verdicts verdicts = new Verdicts();
    verdicts.judge(refused(), answer(400, "application/problem+json", PROBLEM));
    verdicts.judge(answered(), answer(201, "application/json", "{\"id\":\"org.x\"}"));
    verdicts.judge(answered(), answer(404, "application/problem+json; charset=UTF-8", PROBLEM));
    assertEquals(List.of(), verdicts.violations());
  }

  @Test
  void shouldNameEachKindOfViolation() {
    Verdicts verdicts = new Verdicts();
    verdicts.judge(answered(), answer(500, "application/problem+json", PROBLEM));
    verdicts.judge(refused(), answer(200, "application/json", "{}"));
    verdicts.judge(answered(), answer(400, "text/html", "Error 400: SRVE0295E"));
    verdicts.judge(
        answered(), answer(404, "application/problem+json", "{\"type\":\"about:blank\"}"));
    verdicts.judge(answered(), new RawHttp.Exchange(null, "connection closed without an answer"));
    List<Verdicts.Kind> kinds =
        verdicts.violations().stream().map(Verdicts.Violation::kind).toList();
    assertEquals(
        List.of(
            Verdicts.Kind.SERVER_ERROR,
            Verdicts.Kind.ACCEPTED,
            Verdicts.Kind.NOT_A_PROBLEM,
            Verdicts.Kind.INTERNALS,
            Verdicts.Kind.BAD_PROBLEM_TYPE,
            Verdicts.Kind.NO_ANSWER),
        kinds);
  }

  @Test
  void shouldCountTheWebContainersOwnRefusalOfAPathAsAViolation() {
    Verdicts verdicts = new Verdicts();
    String container =
        "{\"error_message\" : \"CWWWC0005I: The request URI has invalid or improperly encoded"
            + " characters: [/api/v1/content/articles/&#37;00]\"}";
    verdicts.judge(refused(), answer(400, "application/json", container));
    verdicts.judge(refused(), answer(400, "text/html", "<H1>CWWWC0005I: [/x]</H1><BR>"));
    verdicts.judge(answered(), answer(505, "text/plain", ""));
    assertEquals(
        List.of(Verdicts.Kind.NOT_A_PROBLEM, Verdicts.Kind.NOT_A_PROBLEM),
        verdicts.violations().stream().map(Verdicts.Violation::kind).toList());
  }

  @Test
  void shouldFindAStackTraceInAnErrorBody() {
    Verdicts verdicts = new Verdicts();
    String trace = "{\"type\":\"" + Verdicts.PROBLEMS + "x\",\"detail\":\"boom\\n\\tat Foo\"}";
    verdicts.judge(answered(), answer(400, "application/problem+json", trace));
    verdicts.judge(answered(), answer(404, "text/plain", "boom\n\tat Foo.bar(Foo:1)"));
    assertEquals(
        List.of(Verdicts.Kind.INTERNALS, Verdicts.Kind.NOT_A_PROBLEM, Verdicts.Kind.INTERNALS),
        verdicts.violations().stream().map(Verdicts.Violation::kind).toList());
  }

  private static FuzzCase refused() {
    return fuzzCase(true);
  }

  private static FuzzCase answered() {
    return fuzzCase(false);
  }

  private static FuzzCase fuzzCase(boolean mustRefuse) {
    Subject subject = new Subject("a", "en", false, false, "\"e\"");
    return new FuzzCase(
        "family",
        Hostility.JSON_SYNTAX,
        "v",
        new RawRequest("POST", "p", null),
        mustRefuse,
        subject);
  }

  private static RawHttp.Exchange answer(int status, String type, String body) {
    String raw =
        "HTTP/1.1 "
            + status
            + " X\r\nContent-Type: "
            + type
            + "\r\nContent-Length: "
            + body.getBytes(StandardCharsets.UTF_8).length
            + "\r\n\r\n"
            + body;
    return new RawHttp.Exchange(RawResponse.parse(raw.getBytes(StandardCharsets.UTF_8)), null);
  }
}
