package dev.tilmash.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first filter of every request after {@link RequestMetrics} (declared so in web.xml): refuses
 * a malformed target ({@link RequestTarget}), a header that does not parse ({@link HeaderSyntax})
 * or a body without framing with a problem, before any layer that would answer on its own reads
 * them; and answers a path that no resource and no file serves with a 404 problem itself, so that
 * the container's file servlet never fails on it.
 *
 * <p>The container authenticates before any filter runs, so a request to the management API without
 * valid credentials gets its 401 first; everything a filter can see is checked here. Where that 401
 * is written already, the request ends here.
 */
public class RequestGuard extends HttpFilter {
  private static final String API = "/api/";
  private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

  @Inject ProblemResponses problems;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response.isCommitted()) {
      // Authentication has written its refusal already (a bad bearer token on a public path), and
      // the container runs the filters anyway: nothing may be served, or fail, after it.
      return;
    }
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
      refuse(request, response, ProblemType.MALFORMED_HEADER, Map.of("header", header.get()));
    } else if (contentWithoutUse(request)) {
      refuse(
          request, response, ProblemType.MALFORMED_HEADER, Map.of("header", "Transfer-Encoding"));
    } else if (unframedContent(request)) {
      refuse(request, response, ProblemType.LENGTH_REQUIRED, Map.of());
    } else if (nothingServes(request)) {
      refuse(request, response, ProblemType.NOT_FOUND, Map.of());
    } else {
      chain.doFilter(request, response);
      sendRefusedBodyAnswer(response);
    }
  }

  /**
   * A body refused unread (413) leaves the rest of the declared body on the connection, and the
   * container would wait to drain it before it sends the buffered answer: a client that declared 2
   * GiB and sent two bytes would wait forever. Sent now, the answer (with {@code Connection:
   * close}) reaches the client first.
   */
  private static void sendRefusedBodyAnswer(HttpServletResponse response) throws IOException {
    if (response.getStatus() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
        && !response.isCommitted()) {
      response.flushBuffer();
    }
  }

  /**
   * A body sent with a method that takes none here (GET, HEAD, DELETE, OPTIONS). Nothing reads it,
   * so broken chunks in it would pass unnoticed and the rest of the connection be read as the next
   * request; it is refused instead.
   */
  private static boolean contentWithoutUse(HttpServletRequest request) {
    return !BODY_METHODS.contains(request.getMethod())
        && request.getHeader("Transfer-Encoding") != null;
  }

  /**
   * A POST, PUT or PATCH that announces content (a Content-Type) with neither a Content-Length nor
   * a Transfer-Encoding; other methods carry no body here, whatever headers a client adds.
   * Liberty's HTTP channel drops a Content-Length it cannot parse (such as one of 20 digits) before
   * the application sees the request, which leaves exactly this: the body the client sent would be
   * read as empty, or as the next request.
   */
  private static boolean unframedContent(HttpServletRequest request) {
    return BODY_METHODS.contains(request.getMethod())
        && request.getContentType() != null
        && request.getContentLengthLong() < 0
        && request.getHeader("Transfer-Encoding") == null;
  }

  /**
   * A request that only the container's file servlet would take, for a path that is no file of the
   * application (or one that is never served, under WEB-INF or META-INF). Left to the file servlet
   * it would fail, and the failure would go through an error page, which Liberty cannot do for a
   * request that asks for an HTTP/2 upgrade: it hangs.
   */
  private static boolean nothingServes(HttpServletRequest request) {
    if (request.getServletPath().startsWith(API)
        || request.getHttpServletMapping().getMappingMatch() != MappingMatch.DEFAULT) {
      return false;
    }
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    String upper = path.toUpperCase(Locale.ROOT);
    if (upper.startsWith("/WEB-INF") || upper.startsWith("/META-INF")) {
      return true;
    }
    try {
      // A folder is served by its welcome file (the console's /console/ by its index.html).
      String file = path.endsWith("/") ? path + "index.html" : path;
      return request.getServletContext().getResource(file) == null;
    } catch (java.net.MalformedURLException notAPath) {
      return true;
    }
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemType type,
      Map<String, String> arguments)
      throws IOException {
    refuse(request, response, type, arguments, request.getRequestURI());
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      ProblemType type,
      Map<String, String> arguments,
      String instance)
      throws IOException {
    // Nothing has read the body the request may declare: Liberty would otherwise wait for all of
    // it (2 GiB, if the client says so) before it takes the next request on this connection.
    response.setHeader("Connection", "close");
    ProblemResponses.write(
        problems.response(
            new ProblemException(type, arguments), request.getHeader("Accept-Language"), instance),
        response);
  }
}
