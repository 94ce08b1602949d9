package dev.tilmash.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a message the Standard Webhooks way: {@code v1,} and the base64 HMAC-SHA256 of {@code
 * id.timestamp.body}, keyed by the secret's bytes. With several secrets (during a rotation) the
 * signatures are separated by a space, newest first, and a receiver accepts any of them.
 */
final class WebhookSigner {
  private WebhookSigner() {}

  static String signature(String secret, String messageId, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(WebhookSecret.key(secret), "HmacSHA256"));
      byte[] signed =
          mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HMAC-SHA256 is not available", unavailable);
    }
  }

  /** The {@code webhook-signature} header: one signature per secret. */
  static String header(List<String> secrets, String messageId, long timestamp, String body) {
    return secrets.stream()
        .map(secret -> signature(secret, messageId, timestamp, body))
        .collect(Collectors.joining(" "));
  }
}
