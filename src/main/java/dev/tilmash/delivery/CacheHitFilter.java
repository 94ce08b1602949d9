package dev.tilmash.delivery;

import dev.tilmash.language.AcceptLanguageGuard;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.Parameters;
import dev.tilmash.shared.ProblemException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;

/**
 * Answers delivery requests that {@link DeliveryCache} already holds without entering the REST
 * runtime: a cache hit costs a map lookup and a write, which is what lets client sites read at the
 * rate of the HTTP server itself. Everything else (a miss, a redirect from an old slug, a sorted
 * list, parameters that do not parse, any method but GET and HEAD) goes on to {@link
 * DeliveryResource}, which renders, validates and fills the cache. Both answer through {@link
 * DeliveryAnswer}.
 *
 * <p>The cache key is built from the same parts the resource uses: the path's key, {@code lang},
 * the normalized {@code Accept-Language} and {@link PublicBase}. An entry exists only for a request
 * the resource answered 200, so a hit never skips a check that request would have failed. The entry
 * holds every representation ({@link EncodedBody}), so {@code Accept-Encoding} only picks one.
 */
@WebFilter(urlPatterns = {CacheHitFilter.ARTICLES, CacheHitFilter.ARTICLES + "/*"})
public class CacheHitFilter extends HttpFilter {
  static final String ARTICLES = "/api/v1/content/articles";
  private static final String PREFIX = "/content/articles";

  @Inject DeliveryService service;
  @Inject DeliverySettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean head = "HEAD".equals(request.getMethod());
    DeliveryAnswer answer = head || "GET".equals(request.getMethod()) ? cached(request) : null;
    if (answer == null) {
      chain.doFilter(request, response);
    } else {
      answer.writeTo(response, !head);
    }
  }

  private DeliveryAnswer cached(HttpServletRequest request) {
    String path = request.getPathInfo();
    if (path == null || !path.startsWith(PREFIX) || !plainQuery(request)) {
      return null;
    }
    String rest = path.substring(PREFIX.length());
    String acceptLanguage =
        AcceptLanguageGuard.normalize(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    if (rest.isEmpty()) {
      return cachedList(request, acceptLanguage);
    }
    String key = rest.substring(1);
    if (!rest.startsWith("/") || key.isEmpty() || key.indexOf('/') >= 0) {
      return null;
    }
    Delivery delivery =
        service.cachedArticle(
            key, request.getParameter("lang"), acceptLanguage, PublicBase.of(request));
    return delivery instanceof Delivery.Found found
        ? DeliveryAnswer.of(
            found,
            settings.cacheControl(),
            request.getHeader(HttpHeaders.IF_NONE_MATCH),
            request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
            request.getHeader(HttpHeaders.ACCEPT_ENCODING))
        : null;
  }

  private DeliveryAnswer cachedList(HttpServletRequest request, String acceptLanguage) {
    if (request.getParameter("sort") != null) {
      return null; // title order is not kept in this cache
    }
    PageRequest pageRequest;
    boolean fallback;
    try {
      pageRequest = PageRequest.parse(request.getParameter("page"), request.getParameter("size"));
      fallback = Parameters.isSet("fallback", request.getParameter("fallback"));
    } catch (ProblemException invalid) {
      return null; // the resource answers it with its problem
    }
    DeliveredList list =
        service.cachedList(
            request.getParameter("lang"),
            acceptLanguage,
            fallback,
            ListTerms.of(request.getParameter("tag"), request.getParameter("section")),
            pageRequest,
            PublicBase.of(request));
    return list == null
        ? null
        : DeliveryAnswer.of(
            list, settings.cacheControl(), request.getHeader(HttpHeaders.ACCEPT_ENCODING));
  }

  /**
   * Whether every query parameter is plain ASCII: the REST runtime decodes parameters as UTF-8, the
   * servlet container may not, so anything else is left to the resource.
   */
  private static boolean plainQuery(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null) {
      return true;
    }
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '%' || c == '+' || c > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
