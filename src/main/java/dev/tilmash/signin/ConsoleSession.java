package dev.tilmash.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A browser signed in to the console: whose session it is and the token its unsafe requests must
 * echo in {@code X-CSRF-Token}. It holds no roles or languages: those are read from the account on
 * every request, so a change by an admin applies to the next one.
 */
public record ConsoleSession(String username, String csrfToken) {
  /** Whether {@code token} is this session's, compared in constant time. */
  public boolean acceptsToken(String token) {
    return token != null
        && MessageDigest.isEqual(
            csrfToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}
