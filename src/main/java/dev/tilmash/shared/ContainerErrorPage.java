package dev.tilmash.shared;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * The error page (web.xml) for the 4xx answers the container sends by itself, outside the REST
 * runtime (a method or a resource it refuses), with the same problem+json as the API, so that no
 * request sees the container's HTML page or its message codes. Called directly, it is an address
 * like any other that has nothing: a 404.
 */
public class ContainerErrorPage extends HttpServlet {
  @Inject ProblemResponses problems;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (response.isCommitted()) {
      // The answer is already out: there is nothing left to say.
      return;
    }
    Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String language = request.getHeader("Accept-Language");
    Optional<ProblemException> problem = problemFor(status, failure, uri);
    Response answer;
    if (problem.isEmpty()) {
      Principal user = request.getUserPrincipal();
      answer =
          problems.failure(
              failure,
              new ProblemResponses.FailedRequest(
                  language, request.getMethod(), uri, user == null ? null : user.getName()));
    } else {
      String instance = status == null && failure == null ? request.getRequestURI() : uri;
      ProblemException known = problem.get();
      answer =
          problems.response(
              known, language, known.type() == ProblemType.MALFORMED_URI ? null : instance);
    }
    ProblemResponses.write(answer, response);
  }

  /**
   * The problem for what the container reports: its status, the failure and the target of the
   * request that failed. Empty when it is the server's own failure, which is logged and a 500.
   */
  static Optional<ProblemException> problemFor(Integer status, Throwable failure, String uri) {
    if (status == null && failure == null) {
      return Optional.of(new ProblemException(ProblemType.NOT_FOUND));
    }
    if (uri != null && RequestTarget.refusal(uri, null).isPresent()) {
      return Optional.of(new ProblemException(ProblemType.MALFORMED_URI));
    }
    if (failure != null) {
      ProblemException known = ProblemClassifier.classify(failure);
      if (known != null) {
        return known.type() == ProblemType.INTERNAL ? Optional.empty() : Optional.of(known);
      }
      if (causedBy(failure, FileNotFoundException.class)) {
        return Optional.of(new ProblemException(ProblemType.NOT_FOUND));
      }
    }
    if (status != null && status >= 400 && status < 500) {
      return Optional.of(ProblemClassifier.fromStatus(status));
    }
    return Optional.empty();
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (kind.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
