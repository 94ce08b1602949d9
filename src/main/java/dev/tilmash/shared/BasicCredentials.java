package dev.tilmash.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user name and password of an HTTP Basic {@code Authorization} header, read by one rule for
 * the two places that read it: the application's mechanism ({@code account.BasicAuthentication})
 * and the user feature {@code tilmashChannel-1.0}, which refuses a Basic header that holds no
 * credential before Liberty's security layer sees it (that layer decodes the header again for its
 * audit record after a refusal, and fails with an FFDC on one that does not decode). Plain JDK, so
 * the feature's bundle can carry it.
 */
public record BasicCredentials(String username, String password) {
  private static final String SCHEME = "basic";
  private static final Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9+/]+=*");

  /** Whether the header names the Basic scheme at all, however the rest is written. */
  public static boolean present(String header) {
    return header != null && header.toLowerCase(Locale.ROOT).startsWith(SCHEME);
  }

  /**
   * The credentials of exactly {@code Basic <token68>}, whose token decodes (UTF-8) to {@code
   * user:password} with a non-empty user; empty for any other header, including other spacing.
   */
  public static Optional<BasicCredentials> parse(String header) {
    if (!present(header)
        || header.length() <= SCHEME.length() + 1
        || header.charAt(SCHEME.length()) != ' ') {
      return Optional.empty();
    }
    String token = header.substring(SCHEME.length() + 1);
    if (!TOKEN68.matcher(token).matches()) {
      return Optional.empty();
    }
    try {
      String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon > 0
          ? Optional.of(new BasicCredentials(pair.substring(0, colon), pair.substring(colon + 1)))
          : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  /** A Basic header that holds no credential: refused as unauthenticated, never decoded further. */
  public static boolean malformed(String header) {
    return present(header) && parse(header).isEmpty();
  }

  @Override
  public String toString() {
    return "BasicCredentials[" + username + "]";
  }
}
