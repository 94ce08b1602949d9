package dev.tilmash.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The security headers of the console's pages. The policy allows script, styles and images from
 * this server only (images also as {@code data:}), no inline script or style, no plugins, no {@code
 * <base>}, no framing by another page, and forms that post only here; so text that slipped into a
 * page as HTML still runs nothing. The console's files must follow it: no inline {@code <script>},
 * no {@code style} attribute. The one exception is the import map, which browsers accept only
 * inline: it is allowed by its hash ({@link ImportMap}), read from the deployed index page.
 */
@WebFilter(urlPatterns = {"/console", "/console/*"})
public class ConsoleHeadersFilter extends HttpFilter {
  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private String policy = POLICY;

  @Override
  public void init() throws ServletException {
    try (InputStream page = getServletContext().getResourceAsStream("/console/index.html")) {
      if (page != null) {
        policy = ImportMap.allowIn(POLICY, new String(page.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new ServletException("cannot read the console's index page", e);
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    chain.doFilter(request, response);
  }
}
