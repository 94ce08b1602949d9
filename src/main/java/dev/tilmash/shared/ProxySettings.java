package dev.tilmash.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where readers reach the application when it runs behind a proxy (docs/instances.md): {@code
 * tilmash.public-url}, which wins when set, and {@code tilmash.proxy.trusted}, the proxies whose
 * forwarding headers are believed. Both are read when the application starts, and a value that does
 * not parse stops the start with a message that names it.
 */
@ApplicationScoped
public class ProxySettings {
  @Inject
  @ConfigProperty(name = "tilmash.public-url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "tilmash.proxy.trusted")
  Optional<String> trusted;

  private Optional<PublicOrigin> origin;
  private TrustedProxies proxies;

  void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
    parse();
  }

  private synchronized void parse() {
    if (proxies != null) {
      return;
    }
    try {
      origin = publicUrl.filter(url -> !url.isBlank()).map(PublicOrigin::ofUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("tilmash.public-url: " + e.getMessage(), e);
    }
    try {
      proxies = TrustedProxies.of(trusted.orElse(""));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("tilmash.proxy.trusted: " + e.getMessage(), e);
    }
  }

  /**
   * The origin the reader addressed, when it is not the request's own: the configured public URL,
   * else what a trusted proxy forwarded. Empty for a request from anyone else.
   */
  public Optional<PublicOrigin> originOf(HttpServletRequest request) {
    parse();
    return origin.or(
        () ->
            proxies.trusts(request.getRemoteAddr())
                ? PublicOrigin.forwarded(
                    request::getHeader,
                    request.getScheme(),
                    request.getServerName(),
                    request.getServerPort())
                : Optional.empty());
  }
}
