package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.Messages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Assertions on the problems that raw requests ({@link RawHttp}) get: RFC 9457, in Russian (the
 * requests ask for it), and nothing of Java in the body.
 */
final class RawProblems {
  static final String RUSSIAN = "Accept-Language: ru";
  private static final String PROBLEMS = "https://tilmash.dev/problems/";
  private static final Properties RU = Messages.load("ru");
  private static final List<String> INTERNALS =
      List.of("Exception", "java.", "com.ibm", "org.", "SRVE", "CWW", "<html", "<H1>");
  private static final Pattern STACK_LINE = Pattern.compile("\\bat [A-Za-z_$][\\w$.]*\\(");

  private RawProblems() {}

  static JsonObject json(RawHttp.Reply reply) {
    return Json.createReader(new StringReader(reply.body())).readObject();
  }

  /** A problem+json of this status and type, its title in Russian, that shows no internals. */
  static void assertProblem(RawHttp.Reply reply, int status, String slug) {
    assertEquals(status, reply.status(), reply::toString);
    String contentType = reply.header("Content-Type");
    assertTrue(
        contentType != null && contentType.startsWith("application/problem+json"), reply::toString);
    JsonObject problem = json(reply);
    assertEquals(PROBLEMS + slug, problem.getString("type"), reply::toString);
    assertEquals(status, problem.getInt("status"));
    assertEquals(RU.getProperty("problem." + slug + ".title"), problem.getString("title"));
    assertEquals("ru", reply.header("Content-Language"));
    assertFalse(problem.getString("detail").isBlank());
    for (String internal : INTERNALS) {
      assertFalse(reply.body().contains(internal), () -> internal + " in " + reply);
    }
    assertFalse(STACK_LINE.matcher(reply.body()).find(), reply::toString);
  }
}
