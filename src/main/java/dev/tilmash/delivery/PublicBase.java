package dev.tilmash.delivery;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The base URL of the API as the reader addressed it ({@code http://host:port/context/api/v1/}),
 * from which delivery builds the links inside its answers. Both the resource and the cache hit
 * filter take it from the servlet request this way, so that they name the same cache entry.
 */
final class PublicBase {
  private PublicBase() {}

  static String of(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    url.setLength(url.length() - request.getRequestURI().length());
    return url.append(request.getContextPath())
        .append(request.getServletPath())
        .append('/')
        .toString();
  }
}
