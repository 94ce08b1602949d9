package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicOriginTest {
  private static Optional<PublicOrigin> forwarded(Map<String, String> headers) {
    return PublicOrigin.forwarded(headers::get, "http", "10.0.0.5", 9080);
  }

  @Test
  void shouldTakeProtoAndHostFromXForwardedHeaders() {
    assertEquals(
        Optional.of(new PublicOrigin("https", "news.example.org", 443)),
        forwarded(Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "news.example.org")));
  }

  @Test
  void shouldTakeTheLastElementOfForwardedBecauseTheNearestProxyWroteIt() {
    assertEquals(
        Optional.of(new PublicOrigin("https", "cms.example.net", 8443)),
        forwarded(
            Map.of(
                "Forwarded",
                "host=evil.example;proto=http, for=192.0.2.1;proto=https;host=\"cms.example.net:8443\"")));
  }

  @Test
  void shouldPreferForwardedOverTheXForwardedHeaders() {
    assertEquals(
        Optional.of(new PublicOrigin("https", "a.example", 443)),
        forwarded(
            Map.of("Forwarded", "proto=https;host=a.example", "X-Forwarded-Host", "b.example")));
  }

  @Test
  void shouldKeepTheRequestHostWhenOnlyTheProtoIsForwarded() {
    assertEquals(
        Optional.of(new PublicOrigin("https", "10.0.0.5", 443)),
        forwarded(Map.of("X-Forwarded-Proto", "HTTPS")));
  }

  @Test
  void shouldIgnoreMalformedValues() {
    assertEquals(
        Optional.empty(),
        forwarded(Map.of("X-Forwarded-Proto", "gopher", "X-Forwarded-Host", "a b/c")));
    assertEquals(Optional.empty(), forwarded(Map.of("X-Forwarded-Host", "host:99999")));
    assertEquals(Optional.empty(), forwarded(Map.of()));
  }

  @Test
  void shouldWriteTheUrlWithoutTheSchemesOwnPort() {
    assertEquals("https://a.example", new PublicOrigin("https", "a.example", 443).url());
    assertEquals("http://a.example:8080", new PublicOrigin("http", "a.example", 8080).url());
  }

  @Test
  void shouldAcceptOnlyAnOriginAsPublicUrl() {
    assertEquals(
        new PublicOrigin("https", "news.example.org", 443),
        PublicOrigin.ofUrl("https://news.example.org/"));
    assertEquals(
        new PublicOrigin("http", "localhost", 9080), PublicOrigin.ofUrl("http://localhost:9080"));
    assertThrows(IllegalArgumentException.class, () -> PublicOrigin.ofUrl("news.example.org"));
    assertThrows(IllegalArgumentException.class, () -> PublicOrigin.ofUrl("ftp://a.example"));
    assertThrows(IllegalArgumentException.class, () -> PublicOrigin.ofUrl("https://a.example/cms"));
  }
}
