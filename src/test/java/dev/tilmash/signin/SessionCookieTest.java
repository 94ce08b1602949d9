package dev.tilmash.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionCookieTest {
  @Test
  void shouldBeHttpOnlyAndStrictAndSecureOnlyOverHttps() {
    assertEquals(
        "tilmash_session=abc; Path=/; HttpOnly; SameSite=Strict",
        SessionCookie.issue("abc", false));
    assertEquals(
        "tilmash_session=abc; Path=/; HttpOnly; SameSite=Strict; Secure",
        SessionCookie.issue("abc", true));
  }

  @Test
  void shouldBeClearedWithTheSameAttributes() {
    assertEquals(
        "tilmash_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict; Secure",
        SessionCookie.clear(true));
  }
}
