package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContainerErrorPageTest {

  private static ProblemType typeFor(Integer status, Throwable failure, String uri) {
    return ContainerErrorPage.problemFor(status, failure, uri).orElseThrow().type();
  }

  @ParameterizedTest
  @CsvSource({
    "400, MALFORMED_REQUEST",
    "401, UNAUTHENTICATED",
    "403, FORBIDDEN",
    "404, NOT_FOUND",
    "405, METHOD_NOT_ALLOWED",
    "406, NOT_ACCEPTABLE",
    "413, BODY_TOO_LARGE",
    "415, UNSUPPORTED_MEDIA_TYPE",
    "414, MALFORMED_REQUEST"
  })
  void shouldAnswerTheContainersOwnRefusalsWithTheirProblem(int status, ProblemType type) {
    assertEquals(type, typeFor(status, null, "/api/v1/articles"));
  }

  @Test
  void shouldAnswerAMissingFileWithNotFound() {
    var missing =
        new RuntimeException(new FileNotFoundException("SRVE0190E: File not found: /api"));
    assertEquals(ProblemType.NOT_FOUND, typeFor(404, missing, "/api"));
  }

  @Test
  void shouldAnswerARefusedTargetAsMalformed() {
    var refused = new IOException("URI has encoded forward slash");
    assertEquals(
        ProblemType.MALFORMED_URI,
        typeFor(400, refused, "/api/v1/articles/..%2F..%2Fetc%2Fpasswd/versions/en"));
  }

  @Test
  void shouldKeepTheProblemTheApplicationAlreadyChose() {
    var problem = new ProblemException(ProblemType.UNREADABLE_BODY);
    assertEquals(
        ProblemType.UNREADABLE_BODY,
        typeFor(500, new RuntimeException(problem), "/api/v1/articles"));
  }

  @Test
  void shouldAnswerADirectCallWithNotFound() {
    assertEquals(ProblemType.NOT_FOUND, typeFor(null, null, null));
  }

  @Test
  void shouldLeaveTheServersOwnFailuresToTheLoggedInternalError() {
    assertEquals(
        Optional.empty(),
        ContainerErrorPage.problemFor(500, new IllegalStateException("bug"), "/api/v1/articles"));
    assertTrue(ContainerErrorPage.problemFor(503, null, "/api/v1/articles").isEmpty());
  }
}
