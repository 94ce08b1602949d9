package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on RFC 9457 answers. */
final class Problems {
  private Problems() {}

  /** A problem+json of this status and type, with a title and a detail. */
  static void assertProblem(Api.Reply reply, int status, String slug) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(
        reply.header("Content-Type").startsWith("application/problem+json"), reply::toString);
    assertEquals("https://tilmash.dev/problems/" + slug, reply.json().getString("type"));
    assertFalse(reply.json().getString("title").isBlank());
    assertFalse(reply.json().getString("detail").isBlank());
  }
}
