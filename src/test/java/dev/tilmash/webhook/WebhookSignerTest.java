package dev.tilmash.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tilmash's own signer, checked against the Standard Webhooks reference library. */
class WebhookSignerTest {
  private static final String BODY =
      "{\"type\":\"version.published\",\"data\":{\"slug\":\"torgovlya\",\"title\":\"Сауда 贸易\"}}";

  @Test
  void shouldSignExactlyAsTheReferenceLibraryDoes() throws Exception {
    String secret = WebhookSecret.generate();
    long timestamp = Instant.now().getEpochSecond();
    assertEquals(
        new Webhook(secret).sign("msg_1", timestamp, BODY),
        WebhookSigner.signature(secret, "msg_1", timestamp, BODY));
  }

  @Test
  void shouldBeVerifiedByTheReferenceLibrary() {
    String secret = WebhookSecret.generate();
    long timestamp = Instant.now().getEpochSecond();
    String signature = WebhookSigner.header(List.of(secret), "msg_2", timestamp, BODY);
    assertDoesNotThrow(
        () -> new Webhook(secret).verify(BODY, headers("msg_2", timestamp, signature)));
  }

  @Test
  void shouldBeVerifiedWithEitherSecretDuringARotation() {
    String fresh = WebhookSecret.generate();
    String old = WebhookSecret.generate();
    long timestamp = Instant.now().getEpochSecond();
    String signature = WebhookSigner.header(List.of(fresh, old), "msg_3", timestamp, BODY);
    assertEquals(2, signature.split(" ").length, signature);
    assertTrue(signature.startsWith("v1,"));
    assertDoesNotThrow(
        () -> new Webhook(fresh).verify(BODY, headers("msg_3", timestamp, signature)));
    assertDoesNotThrow(() -> new Webhook(old).verify(BODY, headers("msg_3", timestamp, signature)));
  }

  @Test
  void shouldNotBeVerifiedWhenTheBodyOrTheSecretDiffers() {
    String secret = WebhookSecret.generate();
    long timestamp = Instant.now().getEpochSecond();
    String signature = WebhookSigner.header(List.of(secret), "msg_4", timestamp, BODY);
    assertThrows(
        WebhookVerificationException.class,
        () -> new Webhook(secret).verify(BODY + " ", headers("msg_4", timestamp, signature)));
    assertThrows(
        WebhookVerificationException.class,
        () ->
            new Webhook(WebhookSecret.generate())
                .verify(BODY, headers("msg_4", timestamp, signature)));
  }

  @Test
  void shouldMakeSecretsOfAtLeast24RandomBytes() {
    String one = WebhookSecret.generate();
    assertTrue(one.startsWith("whsec_"), one);
    assertTrue(Base64.getDecoder().decode(one.substring(6)).length >= 24);
    assertNotEquals(one, WebhookSecret.generate());
  }

  private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
    return Map.of(
        "webhook-id", List.of(id),
        "webhook-timestamp", List.of(Long.toString(timestamp)),
        "webhook-signature", List.of(signature));
  }
}
