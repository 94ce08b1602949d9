package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTargetTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/content/articles",
        "/api/v1/content/articles/grain-exports-rise",
        "/api/v1/content/articles/%D1%8D%D0%BA%D1%81%D0%BF%D0%BE%D1%80%D1%82",
        "/api/v1/articles/3f1c/versions/uz-Cyrl/revisions/2/diff/3",
        "/api/v1/content/articles/a.b..c",
        "/api/v1/content/articles/..hidden",
        "/api/v1/content/articles/",
        "/"
      })
  void shouldAcceptTheTargetsOfTheApi(String path) {
    assertEquals(Optional.empty(), RequestTarget.refusal(path, null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lang=ru&page=0&size=20",
        "q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B+road",
        "q=a%2Fb%5Cc%7Bd%7D",
        "q=two%0Alines%09tabbed",
        "q=",
        "flag",
        ""
      })
  void shouldAcceptQueries(String query) {
    assertEquals(Optional.empty(), RequestTarget.refusal("/api/v1/content/search", query));
  }

  @ParameterizedTest
  @CsvSource({
    "/api/v1/content/articles/%zz, escape",
    "/api/v1/content/articles/a%, escape",
    "/api/v1/content/articles/a%4, escape",
    "/api/v1/content/articles/%u0041, escape",
    "/api/v1/content/articles/%C3%28, escape",
    "/api/v1/content/articles/%ED%A0%80, escape",
    "/api/v1/content/articles/%00, control",
    "/api/v1/content/articles/a%7Fb, control",
    "/api/v1/content/articles/a%0Db, control",
    "/api/v1/content/articles/{id}, brace",
    "/api/v1/articles/../../../etc/passwd, dot-segment",
    "/api/v1/articles/./x, dot-segment",
    "/api/v1/articles/%2e%2E/x, dot-segment",
    "/api/v1/content/..;/languages, dot-segment",
    "/api/v1/content/.;x/languages, dot-segment",
    "/api/v1/content/..%3Bx/languages, dot-segment",
    "/api/v1/content/%2E%2E;a=b/languages, dot-segment",
    "/api/v1/articles/..%2F..%2Fetc%2Fpasswd/versions/en, encoded-separator",
    "/api/v1/articles/a%5Cb, encoded-separator",
    "/api/v1/articles/a\\b, backslash"
  })
  void shouldRefuseMalformedPaths(String path, String reason) {
    assertEquals(Optional.of(reason), RequestTarget.refusal(path, null));
  }

  @ParameterizedTest
  @CsvSource({
    "lang=%zz, escape",
    "q=a%, escape",
    "from=%u0041, escape",
    "q=%FF, escape",
    "q=%00, control",
    "q=a%7F, control",
    "lang={en}, brace"
  })
  void shouldRefuseMalformedQueries(String query, String reason) {
    assertEquals(Optional.of(reason), RequestTarget.refusal("/api/v1/content/articles", query));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a\u007fb", "a\u001bb"})
  void shouldRefuseRawControlCharacters(String segment) {
    assertEquals(
        Optional.of("control"), RequestTarget.refusal("/api/v1/content/articles/" + segment, null));
    assertTrue(RequestTarget.refusal("/api/v1/content/search", "q=" + segment).isPresent());
  }

  @ParameterizedTest
  @CsvSource({"a%20b, a b", "%D2%9B%D0%B0%D0%B7, қаз", "plain, plain", "%2e, ."})
  void shouldDecodeValidEscapesStrictly(String raw, String decoded) {
    assertEquals(Optional.of(decoded), RequestTarget.decode(raw));
  }
}
