package dev.tilmash.signin;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a request's headers say about the browser that sent it, for the rules that keep the
 * console's session safe. Works on a header lookup, so the servlet and the REST layer ask the same.
 *
 * <ul>
 *   <li><b>Challenge.</b> A 401 carries {@code WWW-Authenticate: Basic} only for a plain API
 *       client. It is left out when the request has the session cookie, {@code X-Requested-With},
 *       or a {@code Sec-Fetch-Mode} other than {@code navigate} (every {@code fetch()} and XHR
 *       sends one): a browser shows its Basic dialog on that header, and the console has its own
 *       sign-in.
 *   <li><b>Origin.</b> An {@code Origin} header must name the server's own origin, and a {@code
 *       Sec-Fetch-Site} header must be {@code same-origin} or {@code none}; a request without
 *       either (curl, an old browser) passes, the CSRF token still stands guard.
 * </ul>
 */
public final class BrowserRequest {
  public static final String SESSION_COOKIE = "tilmash_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

  private final UnaryOperator<String> headers;

  /**
   * @param headers a request header's value by name, {@code null} when absent
   */
  public BrowserRequest(UnaryOperator<String> headers) {
    this.headers = headers;
  }

  /** POST, PUT, PATCH, DELETE and anything else that may change something. */
  public static boolean unsafe(String method) {
    return !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
  }

  /** Whether a 401 to this request may carry the Basic challenge. */
  public boolean mayChallenge(boolean hasSessionCookie) {
    String mode = headers.apply("Sec-Fetch-Mode");
    return !hasSessionCookie
        && headers.apply("X-Requested-With") == null
        && (mode == null || mode.equalsIgnoreCase("navigate"));
  }

  /**
   * Whether nothing says this request came from another site.
   *
   * @param ownOrigin this server's origin as the request reached it, {@code scheme://host[:port]}
   */
  public boolean fromOwnSite(String ownOrigin) {
    String origin = headers.apply("Origin");
    if (origin != null && !origin.equalsIgnoreCase(ownOrigin)) {
      return false;
    }
    String site = headers.apply("Sec-Fetch-Site");
    return site == null || OWN_SITE.contains(site.toLowerCase(Locale.ROOT));
  }
}
