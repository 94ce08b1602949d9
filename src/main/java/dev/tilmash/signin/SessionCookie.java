package dev.tilmash.signin;

/**
 * The {@code Set-Cookie} header of the console's session: sent only to this host ({@code Path=/},
 * no {@code Domain}), never readable by script ({@code HttpOnly}), never sent with a request from
 * another site ({@code SameSite=Strict}), and {@code Secure} when the request came over HTTPS. It
 * has no {@code Max-Age}: it ends with the browser, or earlier when the server lets the session go.
 */
final class SessionCookie {
  private SessionCookie() {}

  static String issue(String id, boolean secure) {
    return BrowserRequest.SESSION_COOKIE + "=" + id + attributes(secure);
  }

  /** Tells the browser to drop the cookie. */
  static String clear(boolean secure) {
    return BrowserRequest.SESSION_COOKIE + "=; Max-Age=0" + attributes(secure);
  }

  private static String attributes(boolean secure) {
    return "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }
}
