package dev.tilmash.account;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Reads an HTTP Basic {@code Authorization} header; {@code signin.CallerAuthentication} checks what
 * it finds.
 */
public final class BasicAuthentication {
  private static final String SCHEME = "Basic ";
  private static final Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9+/]+=*");

  private BasicAuthentication() {}

  public static boolean present(String header) {
    return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
  }

  /**
   * The user name and password of a Basic header, or null when it holds none. Exactly "Basic
   * <token>": Liberty reads the header again after the mechanism and fails on any other spacing, so
   * such a header holds no credential.
   */
  public static UsernamePasswordCredential credential(String header) {
    String token = header.substring(SCHEME.length());
    return TOKEN68.matcher(token).matches() ? decode(token) : null;
  }

  private static UsernamePasswordCredential decode(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon > 0
          ? new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1))
          : null;
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
