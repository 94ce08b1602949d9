package dev.tilmash.delivery;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * The base URL of the API as the reader addressed it ({@code http://host:port/context/api/v1/}),
 * from which delivery builds the links inside its answers. Both the resource and the cache hit
 * filter take it from the servlet request this way, so that they name the same cache entry.
 */
final class PublicBase {
  private PublicBase() {}

  static URI of(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    String origin = url.substring(0, url.length() - request.getRequestURI().length());
    return URI.create(origin + request.getContextPath() + request.getServletPath() + "/");
  }
}
