package dev.tilmash.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * The first filter of every request (declared first in web.xml): refuses a malformed target ({@link
 * RequestTarget}) or a header that does not parse ({@link HeaderSyntax}) with a problem before any
 * layer that would answer on its own reads them, and hands the rest on with a body that reports
 * broken framing as the client's ({@link BodyReadGuard}).
 *
 * <p>The container authenticates before any filter runs, so a request to the management API without
 * valid credentials gets its 401 first; everything a filter can see is checked here.
 */
public class RequestGuard extends HttpFilter {
  @Inject ProblemResponses problems;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> target =
        RequestTarget.refusal(request.getRequestURI(), request.getQueryString());
    if (target.isPresent()) {
      // No instance: a target that is not a valid URI reference cannot be one.
      refuse(request, response, ProblemType.MALFORMED_URI, Map.of("reason", target.get()), null);
      return;
    }
    Optional<String> header =
        HeaderSyntax.firstMalformed(name -> Collections.list(request.getHeaders(name)));
    if (header.isPresent()) {
      refuse(
          request,
          response,
          ProblemType.MALFORMED_HEADER,
          Map.of("header", header.get()),
          request.getRequestURI());
      return;
    }
    if (unframedContent(request)) {
      refuse(request, response, ProblemType.LENGTH_REQUIRED, Map.of(), request.getRequestURI());
      return;
    }
    chain.doFilter(new BodyReadGuard(request), response);
  }

  /**
   * A request that announces content (a Content-Type) with neither a Content-Length nor a
   * Transfer-Encoding. Liberty's HTTP channel drops a Content-Length it cannot parse (such as one
   * of 20 digits) before the application sees the request, which leaves exactly this: the body the
   * client sent would be read as empty, or as the next request.
   */
  private static boolean unframedContent(HttpServletRequest request) {
    return request.getContentType() != null
        && request.getContentLengthLong() < 0
        && request.getHeader("Transfer-Encoding") == null;
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemType type,
      Map<String, String> arguments,
      String instance)
      throws IOException {
    ProblemResponses.write(
        problems.response(
            new ProblemException(type, arguments), request.getHeader("Accept-Language"), instance),
        response);
  }
}
