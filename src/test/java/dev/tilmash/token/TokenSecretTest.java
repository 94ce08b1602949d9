package dev.tilmash.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenSecretTest {
  @Test
  void shouldGenerateTlmPrefixedBase64UrlSecretsOf256RandomBits() {
    String secret = TokenSecret.generate();
    assertTrue(secret.startsWith("tlm_"), secret);
    byte[] bits = Base64.getUrlDecoder().decode(secret.substring(4));
    assertEquals(32, bits.length);
    assertTrue(TokenSecret.wellFormed(secret), secret);
    assertNotEquals(secret, TokenSecret.generate());
  }

  @Test
  void shouldRefuseTextsThatAreNoTokenBeforeAnyLookup() {
    assertFalse(TokenSecret.wellFormed(null));
    assertFalse(TokenSecret.wellFormed(""));
    assertFalse(TokenSecret.wellFormed("tlm_short"));
    assertFalse(TokenSecret.wellFormed("xyz_" + TokenSecret.generate().substring(4)));
    assertFalse(TokenSecret.wellFormed(TokenSecret.generate() + "A"));
    assertFalse(TokenSecret.wellFormed(TokenSecret.generate().substring(0, 46) + "+"));
  }

  @Test
  void shouldHashToTheHexSha256SoTheSameSecretFindsTheSameRow() {
    String secret = TokenSecret.generate();
    String hash = TokenSecret.hash(secret);
    assertEquals(64, hash.length());
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    assertEquals(hash, TokenSecret.hash(secret));
    assertNotEquals(hash, TokenSecret.hash(TokenSecret.generate()));
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        TokenSecret.hash("abc"));
  }
}
