package dev.tilmash.account;

import dev.tilmash.shared.BasicCredentials;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * Reads an HTTP Basic {@code Authorization} header ({@link BasicCredentials}); {@code
 * signin.CallerAuthentication} checks what it finds.
 */
public final class BasicAuthentication {
  private BasicAuthentication() {}

  public static boolean present(String header) {
    return BasicCredentials.present(header);
  }

  /**
   * The user name and password of a Basic header, or null when it holds none. Exactly "Basic
   * <token>": Liberty reads the header again after the mechanism and fails on any other spacing, so
   * such a header holds no credential.
   */
  public static UsernamePasswordCredential credential(String header) {
    return BasicCredentials.parse(header)
        .map(found -> new UsernamePasswordCredential(found.username(), found.password()))
        .orElse(null);
  }
}
