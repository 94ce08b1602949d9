package dev.tilmash.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BrowserRequestTest {
  private static final String OWN = "http://localhost:9080";

  private static BrowserRequest with(String... pairs) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < pairs.length; i += 2) {
      headers.put(pairs[i], pairs[i + 1]);
    }
    return new BrowserRequest(headers::get);
  }

  @Test
  void shouldChallengePlainApiClients() {
    assertTrue(with().mayChallenge(false));
    assertTrue(with("Sec-Fetch-Mode", "navigate").mayChallenge(false));
  }

  @Test
  void shouldNotChallengeTheConsolesScripts() {
    assertFalse(with().mayChallenge(true));
    assertFalse(with("X-Requested-With", "XMLHttpRequest").mayChallenge(false));
    assertFalse(with("Sec-Fetch-Mode", "cors").mayChallenge(false));
    assertFalse(with("Sec-Fetch-Mode", "same-origin").mayChallenge(false));
  }

  @Test
  void shouldAcceptTheOwnOriginOrNone() {
    assertTrue(with().fromOwnSite(OWN));
    assertTrue(with("Origin", "http://localhost:9080").fromOwnSite(OWN));
    assertTrue(with("Sec-Fetch-Site", "same-origin").fromOwnSite(OWN));
    assertTrue(with("Sec-Fetch-Site", "none").fromOwnSite(OWN));
  }

  @Test
  void shouldRefuseAnotherOrigin() {
    assertFalse(with("Origin", "https://evil.example").fromOwnSite(OWN));
    assertFalse(with("Origin", "http://localhost:9081").fromOwnSite(OWN));
    assertFalse(with("Origin", "null").fromOwnSite(OWN));
    assertFalse(with("Sec-Fetch-Site", "cross-site").fromOwnSite(OWN));
    assertFalse(with("Sec-Fetch-Site", "same-site").fromOwnSite(OWN));
    assertFalse(
        with("Origin", "http://localhost:9080", "Sec-Fetch-Site", "cross-site").fromOwnSite(OWN));
  }

  @Test
  void shouldTellUnsafeMethods() {
    assertEquals(
        Map.of("GET", false, "HEAD", false, "POST", true, "PUT", true, "DELETE", true),
        Map.of(
            "GET", BrowserRequest.unsafe("GET"),
            "HEAD", BrowserRequest.unsafe("HEAD"),
            "POST", BrowserRequest.unsafe("POST"),
            "PUT", BrowserRequest.unsafe("PUT"),
            "DELETE", BrowserRequest.unsafe("DELETE")));
    assertTrue(BrowserRequest.unsafe("PATCH"));
  }
}
