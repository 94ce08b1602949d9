package dev.tilmash.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An API token's secret: {@code tlm_} and 32 random bytes (256 bits) in unpadded base64url. Only
 * its SHA-256 is stored; a slow hash would add nothing for a secret of this entropy, and lookups by
 * hash stay cheap.
 */
final class TokenSecret {
  static final String PREFIX = "tlm_";
  private static final int BYTES = 32;
  private static final Pattern FORMAT = Pattern.compile("tlm_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecret() {}

  static String generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code text} has a token's shape; anything else is refused before any lookup. */
  static boolean wellFormed(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  /** The hex SHA-256 of the secret, as stored. */
  static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
