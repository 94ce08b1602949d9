package dev.tilmash.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Lets every layer after it see the request at the address the reader used (declared in web.xml
 * right after {@link RequestGuard}, so before any filter declared by annotation): the configured
 * public URL, else what a trusted proxy forwarded, else the request as it came. Links in answers
 * ({@code Link}, {@code translations[].url}, {@code Location}) are built from the request's URL, so
 * they follow. Forwarding headers from anyone else are ignored: a client cannot choose the host of
 * the links others are served, nor of the cached answers.
 */
public class PublicAddressFilter extends HttpFilter {
  @Inject ProxySettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<PublicOrigin> origin = settings.originOf(request).or(() -> transport(request));
    chain.doFilter(
        origin.<HttpServletRequest>map(o -> new AtOrigin(request, o)).orElse(request), response);
  }

  /**
   * The request's own scheme where the container took another from a header anyone may send
   * (Liberty took one from a forwarding header of any client): only a TLS connection, which the
   * container marks with its cipher suite, is {@code https}. Empty when the two agree.
   */
  private static Optional<PublicOrigin> transport(HttpServletRequest request) {
    String scheme =
        request.getAttribute("jakarta.servlet.request.cipher_suite") != null ? "https" : "http";
    return scheme.equals(request.getScheme())
        ? Optional.empty()
        : Optional.of(new PublicOrigin(scheme, request.getServerName(), request.getServerPort()));
  }

  /** The request as addressed at {@code origin}; everything but its scheme, host and port kept. */
  private static final class AtOrigin extends HttpServletRequestWrapper {
    private final PublicOrigin origin;

    AtOrigin(HttpServletRequest request, PublicOrigin origin) {
      super(request);
      this.origin = origin;
    }

    @Override
    public String getScheme() {
      return origin.scheme();
    }

    @Override
    public boolean isSecure() {
      return origin.scheme().equals("https");
    }

    @Override
    public String getServerName() {
      return origin.host();
    }

    @Override
    public int getServerPort() {
      return origin.port();
    }

    @Override
    public StringBuffer getRequestURL() {
      return new StringBuffer(origin.url()).append(getRequestURI());
    }
  }
}
