package dev.tilmash.webhook;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps webhooks from becoming a way into the newsroom's own network (server-side request forgery):
 * a target must be an http or https URL whose host resolves only to public addresses. Loopback,
 * link-local, private (site-local, carrier-grade NAT, unique-local IPv6), unspecified and multicast
 * addresses are refused unless {@code tilmash.webhooks.allow-private-targets} is on. Checked when
 * an endpoint is saved, and again before every send against what the name resolves to then.
 */
final class TargetGuard {
  private TargetGuard() {}

  /** The URL of a request body, parsed; a malformed or non-http one is a 400. */
  static URI parse(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null
          && uri.getRawFragment() == null) {
        return uri;
      }
    } catch (URISyntaxException malformed) {
      // falls through to the refusal
    }
    throw new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of("url")));
  }

  /** Refuses (422) a target that resolves to an address webhooks may not reach. */
  static void check(URI target, boolean allowPrivate) {
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host(target));
    } catch (UnknownHostException unknown) {
      throw refused(target, "unresolvable");
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        throw refused(target, address.getHostAddress());
      }
    }
  }

  /** The host without the brackets of an IPv6 literal. */
  static String host(URI target) {
    String host = target.getHost();
    return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
  }

  static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    return first == 0 // 0.0.0.0/8, "this network"
        || first == 100 && (second & 0xc0) == 64 // 100.64.0.0/10, carrier-grade NAT
        || first == 255; // broadcast
  }

  private static ProblemException refused(URI target, String address) {
    return new ProblemException(
        ProblemType.WEBHOOK_TARGET_REFUSED, Map.of("host", target.getHost(), "address", address));
  }
}
