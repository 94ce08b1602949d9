package dev.tilmash.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where readers address the application: scheme, host and port, as in links inside answers. It
 * comes from the configured {@code tilmash.public-url}, or from the {@code Forwarded} ({@code
 * X-Forwarded-Proto}, {@code X-Forwarded-Host}) headers of a trusted proxy; otherwise the request's
 * own address is used and no origin is made.
 */
public record PublicOrigin(String scheme, String host, int port) {
  private static final Pattern HOST_AND_PORT =
      Pattern.compile(
          "(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::(\\d{1,5}))?");

  /**
   * The origin of a configured public URL: absolute, {@code http} or {@code https}, with a host and
   * nothing after it but an optional {@code /}.
   *
   * @throws IllegalArgumentException naming what is wrong with it
   */
  public static PublicOrigin ofUrl(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + url, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean bare =
        (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
            && uri.getRawQuery() == null
            && uri.getRawFragment() == null
            && uri.getRawUserInfo() == null;
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
      throw new IllegalArgumentException(
          "expected http(s)://host[:port] with no path, query or user: " + url);
    }
    return new PublicOrigin(
        scheme, uri.getHost(), uri.getPort() < 0 ? defaultPort(scheme) : uri.getPort());
  }

  /**
   * The origin a proxy says the client addressed, from the last element of {@code Forwarded} (the
   * one the proxy next to this server wrote), else from the last values of {@code
   * X-Forwarded-Proto} and {@code X-Forwarded-Host}; what is missing or malformed is taken from the
   * request itself. Empty when the proxy said nothing usable.
   */
  public static Optional<PublicOrigin> forwarded(
      Function<String, String> header, String requestScheme, String requestHost, int requestPort) {
    String proto = null;
    String host = null;
    String forwarded = header.apply("Forwarded");
    if (forwarded != null) {
      String last = forwarded.substring(forwarded.lastIndexOf(',') + 1);
      for (String pair : last.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
          String value = unquote(pair.substring(eq + 1).strip());
          proto = name.equals("proto") ? value : proto;
          host = name.equals("host") ? value : host;
        }
      }
    } else {
      proto = lastValue(header.apply("X-Forwarded-Proto"));
      host = lastValue(header.apply("X-Forwarded-Host"));
    }
    String scheme = proto == null ? null : proto.toLowerCase(Locale.ROOT);
    boolean schemeOk = "http".equals(scheme) || "https".equals(scheme);
    Matcher hostMatch = host == null ? null : HOST_AND_PORT.matcher(host);
    boolean hostOk = hostMatch != null && hostMatch.matches();
    if (!schemeOk && !hostOk) {
      return Optional.empty();
    }
    String useScheme = schemeOk ? scheme : requestScheme;
    if (!hostOk) {
      return Optional.of(
          new PublicOrigin(
              useScheme, requestHost, schemeOk ? defaultPort(useScheme) : requestPort));
    }
    int port =
        hostMatch.group(2) != null ? Integer.parseInt(hostMatch.group(2)) : defaultPort(useScheme);
    return port > 65535
        ? Optional.empty()
        : Optional.of(new PublicOrigin(useScheme, hostMatch.group(1), port));
  }

  /** {@code scheme://host[:port]}, the port left out where it is the scheme's own. */
  public String url() {
    return scheme + "://" + host + (port == defaultPort(scheme) ? "" : ":" + port);
  }

  private static int defaultPort(String scheme) {
    return scheme.equals("https") ? 443 : 80;
  }

  private static String lastValue(String list) {
    if (list == null) {
      return null;
    }
    String last = list.substring(list.lastIndexOf(',') + 1).strip();
    return last.isEmpty() ? null : last;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }
}
