package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderSyntaxTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=UTF-8",
        "application/json;charset=\"utf-8\"",
        "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
        "application/xliff+xml",
        "text/plain;"
      })
  void shouldAcceptMediaTypes(String value) {
    assertTrue(HeaderSyntax.isMediaType(value), value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "garbage",
        ";;;/",
        "application/",
        "/json",
        "application/json; charset",
        "application/json; charset=\"open",
        "text/plain\u0000",
        "application json"
      })
  void shouldRefuseMediaTypesThatDoNotParse(String value) {
    assertFalse(HeaderSyntax.isMediaType(value), value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*/*",
        "application/json",
        "application/problem+json, application/json;q=0.9, */*;q=0.1",
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
        "application/json;q=1.000",
        "application/json;q=0",
        "text/*;level=1",
        ""
      })
  void shouldAcceptAcceptHeadersOfRealClients(String value) {
    assertTrue(HeaderSyntax.isAccept(value), value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*/*;q=abc",
        "application/json;q=1.5",
        "application/json;q=0.1234",
        "json",
        "application/json;;q=0.5;=x"
      })
  void shouldRefuseAcceptHeadersThatDoNotParse(String value) {
    assertFalse(HeaderSyntax.isAccept(value), value);
  }

  @Test
  void shouldBoundTheLengthOfAccept() {
    String list = "application/json, ".repeat(40);
    assertTrue(list.length() > HeaderSyntax.MAX_ACCEPT);
    assertFalse(HeaderSyntax.isAccept(list));
    assertFalse(HeaderSyntax.isAccept("a".repeat(1000)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "localhost:9080", "127.0.0.1:9281", "[::1]:9080", "news.kz"})
  void shouldAcceptHosts(String value) {
    assertTrue(HeaderSyntax.isHost(value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"local host", "local\u0000host", "", "host:port", "a/b", "x:123456"})
  void shouldRefuseHostsThatAreNotAnAuthority(String value) {
    assertFalse(HeaderSyntax.isHost(value), value);
  }

  @Test
  void shouldRefuseAContentLengthOfTwentyDigits() {
    assertTrue(HeaderSyntax.isContentLength("1048576"));
    assertFalse(HeaderSyntax.isContentLength("12345678901234567890"));
    assertFalse(HeaderSyntax.isContentLength("-1"));
    assertFalse(HeaderSyntax.isContentLength("1e3"));
  }

  @Test
  void shouldNameTheFirstMalformedHeader() {
    Map<String, List<String>> headers =
        Map.of(
            "Content-Type", List.of("application/json"),
            "Accept", List.of("*/*;q=abc"),
            "Host", List.of("local host"));
    assertEquals(
        Optional.of("Accept"),
        HeaderSyntax.firstMalformed(name -> headers.getOrDefault(name, List.of())));
    assertEquals(
        Optional.of("Host"),
        HeaderSyntax.firstMalformed(
            name -> name.equals("Host") ? List.of("a", "b") : List.<String>of()));
    assertEquals(Optional.empty(), HeaderSyntax.firstMalformed(name -> List.of()));
  }
}
