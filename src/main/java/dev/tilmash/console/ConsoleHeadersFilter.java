package dev.tilmash.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of the console's pages. The policy allows script, styles and images from
 * this server only (images also as {@code data:}), no inline script or style, no plugins, no {@code
 * <base>}, no framing by another page, and forms that post only here; so text that slipped into a
 * page as HTML still runs nothing. The console's files must follow it: no inline {@code <script>},
 * no {@code style} attribute, the import map in its own file.
 */
@WebFilter(urlPatterns = {"/console", "/console/*"})
public class ConsoleHeadersFilter extends HttpFilter {
  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    chain.doFilter(request, response);
  }
}
