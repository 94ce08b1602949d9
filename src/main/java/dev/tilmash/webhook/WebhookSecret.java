package dev.tilmash.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A signing secret as the Standard Webhooks specification writes it: {@code whsec_} and the base64
 * of random bytes. The bytes, not the text, key the HMAC.
 */
final class WebhookSecret {
  static final String PREFIX = "whsec_";
  private static final int BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSecret() {}

  static String generate() {
    byte[] key = new byte[BYTES];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  static byte[] key(String secret) {
    String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    return Base64.getDecoder().decode(encoded);
  }
}
