package dev.tilmash.language;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;

/**
 * Rewrites a reader's {@code Accept-Language} into a form every layer can parse before the REST
 * runtime sees it. RESTEasy and the servlet container both reject headers such as {@code en;q=abc}
 * with a bare 400 of their own; Tilmash promises that a garbage header is simply no preference. The
 * rewrite keeps the reader's order and drops only what is unusable.
 */
@WebFilter(urlPatterns = "/*")
public class AcceptLanguageGuard extends HttpFilter {
  private static final String HEADER = "Accept-Language";

  /**
   * Readers send few distinct headers (one per browser configuration), so each is parsed once; the
   * bound keeps a flood of made-up headers from growing it.
   */
  private static final Cache<String, Optional<String>> NORMALIZED =
      Caffeine.newBuilder().maximumSize(10_000).build();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String raw = request.getHeader(HEADER);
    if (raw == null) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new Normalized(request, normalize(raw)), response);
  }

  /**
   * The header as every layer sees it after this filter: the usable tags in the reader's order,
   * null when nothing is usable or there is no header. Normalizing twice changes nothing.
   */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    return NORMALIZED
        .get(raw, header -> Optional.ofNullable(AcceptLanguage.parse(header).normalized()))
        .orElse(null);
  }

  /** The request with the rewritten header, or without it when nothing was usable. */
  private static final class Normalized extends HttpServletRequestWrapper {
    private final String value;

    Normalized(HttpServletRequest request, String value) {
      super(request);
      this.value = value;
    }

    @Override
    public String getHeader(String name) {
      return HEADER.equalsIgnoreCase(name) ? value : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if (!HEADER.equalsIgnoreCase(name)) {
        return super.getHeaders(name);
      }
      return value == null
          ? Collections.emptyEnumeration()
          : Collections.enumeration(java.util.List.of(value));
    }
  }
}
