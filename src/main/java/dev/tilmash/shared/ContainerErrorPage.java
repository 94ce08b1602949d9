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

/**
 * The error page (web.xml) for whatever the container refuses or fails on by itself, before or
 * outside the REST runtime: an unknown path outside the API, a target it will not dispatch, a
 * failure thrown from a filter. It answers with the same problem+json as the API, so no request
 * ever sees the container's HTML page, its message codes or a stack trace. Called directly, it is
 * an address like any other that has nothing: a 404.
 */
public class ContainerErrorPage extends HttpServlet {
  @Inject ProblemResponses problems;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (response.isCommitted()) {
      // The answer is already out (a 401 that BasicAuthentication wrote before Liberty failed on
      // the same header): there is nothing left to say, and nothing to log as the server's fault.
      return;
    }
    Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String language = request.getHeader("Accept-Language");
    Response answer;
    if (status == null && failure == null) {
      answer =
          problems.response(
              new ProblemException(ProblemType.NOT_FOUND), language, request.getRequestURI());
    } else if (uri != null && RequestTarget.refusal(uri, null).isPresent()) {
      answer = problems.response(new ProblemException(ProblemType.MALFORMED_URI), language, null);
    } else if (failure != null && ProblemClassifier.classify(failure) == null) {
      answer = unclassified(failure, status, request, language, uri);
    } else if (failure != null) {
      answer = problems.failure(failure, failedRequest(request, language, uri));
    } else {
      answer = problems.response(ProblemClassifier.fromStatus(status), language, uri);
    }
    ProblemResponses.write(answer, response);
  }

  /**
   * A failure the application does not know: the container's own verdict decides whether it was the
   * request (a missing file is a 404, a refused target a 4xx) or the server (logged, 500).
   */
  private Response unclassified(
      Throwable failure, Integer status, HttpServletRequest request, String language, String uri) {
    if (causedBy(failure, FileNotFoundException.class)) {
      return problems.response(new ProblemException(ProblemType.NOT_FOUND), language, uri);
    }
    if (status != null && status >= 400 && status < 500) {
      return problems.response(ProblemClassifier.fromStatus(status), language, uri);
    }
    return problems.failure(failure, failedRequest(request, language, uri));
  }

  private static ProblemResponses.FailedRequest failedRequest(
      HttpServletRequest request, String language, String uri) {
    Principal user = request.getUserPrincipal();
    return new ProblemResponses.FailedRequest(
        language, request.getMethod(), uri, user == null ? null : user.getName());
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
