package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A console in a browser, as far as the server can tell: it signs in with a session cookie and
 * sends the cookie and the CSRF token with its requests, as the console's script does.
 */
public record Browser(Api api, String sessionId, String csrfToken) {
  public static final String COOKIE = "tilmash_session";
  private static final Pattern SESSION = Pattern.compile(COOKIE + "=([^;]*)");

  /** Signs in; the sign-in must succeed. */
  public static Browser signIn(Api anonymous, String username, String password) {
    Api.Reply reply = anonymous.post("session", signInBody(username, password));
    assertEquals(200, reply.status(), reply::toString);
    return new Browser(anonymous, sessionId(reply), reply.json().getString("csrfToken"));
  }

  public static String signInBody(String username, String password) {
    return Api.json("username", username, "password", password);
  }

  /** The session id a reply's {@code Set-Cookie} gives, or null. */
  public static String sessionId(Api.Reply reply) {
    for (String cookie : reply.headers("Set-Cookie")) {
      Matcher matcher = SESSION.matcher(cookie);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return null;
  }

  /** The cookie alone, as a browser sends it with every request (no token). */
  public Api cookieOnly() {
    assertNotNull(sessionId);
    return api.header("Cookie", COOKIE + "=" + sessionId);
  }

  /** The cookie and the token, as the console's API client sends them. */
  public Api console() {
    return cookieOnly().header("X-CSRF-Token", csrfToken).header("X-Requested-With", "fetch");
  }
}
