package dev.tilmash.it;

import static dev.tilmash.it.RawProblems.assertProblem;
import static dev.tilmash.it.RawProblems.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.shared.Messages;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests a hostile client sends, as raw bytes so that nothing normalises them, which the servlet
 * container or RESTEasy used to answer on their own (an HTML page, {@code Error 400: SRVE0295E}, a
 * 500 with a stack trace). Each gets a localized problem+json 4xx that shows nothing of Java.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(NoNewFfdc.class)
@RunAsClient
class HostileRequestIT {
  private static final String RUSSIAN = RawProblems.RUSSIAN;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  private RawHttp http;

  @BeforeEach
  void connect() {
    http = new RawHttp(base);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "api/v1/content/articles?lang=%zz",
        "api/v1/content/search?q=a%",
        "api/v1/content/search?q=a%FF",
        "api/v1/content/articles?lang=%00",
        "api/v1/content/search?q=a\u0000b",
        "api/v1/content/search?q=a\u007Fb",
        "api/v1/content/articles/{id}",
        "api/v1/content/articles?lang={en}",
        "api/v1/content/articles/%2e%2e/languages",
        "api/v1/articles/../../../etc/passwd"
      })
  void shouldRefuseAMalformedTarget(String path) {
    assertProblem(http.send("GET", http.target(path), RUSSIAN), 400, "malformed-uri");
  }

  @Test
  void shouldRefuseAMalformedTargetOfASignedInUser() {
    RawHttp.Reply audit =
        http.send("GET", http.target("api/v1/audit?from=%u0041"), RUSSIAN, auth("admin"));
    assertProblem(audit, 400, "malformed-uri");
    RawHttp.Reply traversal =
        http.send(
            "GET",
            http.target("api/v1/articles/..%2F..%2Fetc%2Fpasswd/versions/en"),
            RUSSIAN,
            auth("editor"));
    assertProblem(traversal, 400, "malformed-uri");
    RawHttp.Reply dots =
        http.send(
            "GET", http.target("api/v1/articles/../../../etc/passwd"), RUSSIAN, auth("editor"));
    assertProblem(dots, 400, "malformed-uri");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "api", "api/", "nope/deeper/still", "errors/problem", "WEB-INF/web.xml"})
  void shouldAnswerAnyUnknownPathOfTheApplicationWithANotFoundProblem(String path) {
    assertProblem(http.send("GET", http.target(path), RUSSIAN), 404, "not-found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", ";;;/", "application/", "application/json; charset"})
  void shouldRefuseAContentTypeThatDoesNotParse(String contentType) {
    RawHttp.Reply reply = post("api/v1/articles", "{}", "Content-Type: " + contentType);
    assertProblem(reply, 400, "malformed-header");
    assertEquals("Content-Type", json(reply).getString("header"));
  }

  @Test
  void shouldRefuseAnAcceptThatDoesNotParseOrIsTooLong() {
    for (String accept :
        List.of("*/*;q=abc", "a".repeat(1000), "application/json, ".repeat(56).strip())) {
      RawHttp.Reply reply =
          http.send("GET", http.target("api/v1/languages"), RUSSIAN, "Accept: " + accept);
      assertProblem(reply, 400, "malformed-header");
      assertEquals("Accept", json(reply).getString("header"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"local host", "local\u0000host", "host:port"})
  void shouldRefuseAHostThatIsNotAnAuthority(String host) {
    RawHttp.Reply reply =
        http.send("GET", http.target("api/v1/languages"), RUSSIAN, "Host: " + host);
    assertProblem(reply, 400, "malformed-header");
    assertEquals("Host", json(reply).getString("header"));
  }

  @Test
  void shouldChallengeABasicHeaderWithTwoSpaces() {
    String token = auth("editor").substring("Authorization: Basic ".length());
    RawHttp.Reply reply =
        http.send("GET", http.target("api/v1/articles"), RUSSIAN, "Authorization: Basic  " + token);
    assertProblem(reply, 401, "unauthenticated");
    assertEquals(200, http.send("GET", http.target("api/v1/articles"), auth("editor")).status());
  }

  /** Refused by the user feature, before Liberty's security layer could write an FFDC for it. */
  @ParameterizedTest
  @ValueSource(strings = {"Basic", "Basic ", "Basic !!!", "Basic Zm9v", "Basic Og==", "Basicx"})
  void shouldRefuseABasicHeaderWithoutCredentialsAsUnauthenticated(String header) {
    RawHttp.Reply plain =
        http.send("GET", http.target("api/v1/articles"), RUSSIAN, "Authorization: " + header);
    assertProblem(plain, 401, "unauthenticated");
    assertEquals("Basic realm=\"tilmash\", charset=\"UTF-8\"", plain.header("WWW-Authenticate"));
    RawHttp.Reply script =
        http.send(
            "GET",
            http.target("api/v1/articles"),
            RUSSIAN,
            "Authorization: " + header,
            "Sec-Fetch-Mode: cors");
    assertProblem(script, 401, "unauthenticated");
    assertEquals(null, script.header("WWW-Authenticate"), script::toString);
  }

  @Test
  void shouldAskForTheLengthOfABodyWhoseContentLengthHasTwentyDigits() {
    RawHttp.Reply reply =
        post(
            "api/v1/articles",
            "{}",
            "Content-Type: application/json",
            "Content-Length: 12345678901234567890");
    assertProblem(reply, 411, "length-required");
  }

  /**
   * A length from 2 GiB up, which the container passes on as it is: the REST runtime read it as an
   * int and failed with a 500. It is a body over the limit, whatever the method.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2147483648", "999999999999999999"})
  void shouldRefuseADeclaredLengthPastTwoGibibytesAsTooLarge(String length) {
    RawHttp.Reply posted =
        post(
            "api/v1/articles", "{}", "Content-Type: application/json", "Content-Length: " + length);
    assertProblem(posted, 413, "body-too-large");
    RawHttp.Reply got =
        http.send("GET", http.target("api/v1/languages"), RUSSIAN, "Content-Length: " + length);
    assertProblem(got, 413, "body-too-large");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zz", "-1", "+5", "5\u0000"})
  void shouldRefuseBrokenChunkedFraming(String size) {
    String body = size + "\r\n{\"a\"}\r\n0\r\n\r\n";
    RawHttp.Reply reply =
        http.send(
            "POST",
            http.target("api/v1/articles"),
            body.getBytes(StandardCharsets.ISO_8859_1),
            RUSSIAN,
            auth("editor"),
            "Content-Type: application/json",
            "Transfer-Encoding: chunked");
    assertProblem(reply, 400, "unreadable-body");
  }

  @Test
  void shouldAnswerTheRuntimesOwnRefusalsWithProblems() {
    assertProblem(
        http.send("DELETE", http.target("api/v1/languages"), RUSSIAN), 405, "method-not-allowed");
    assertProblem(
        http.send("GET", http.target("api/v1/languages"), RUSSIAN, "Accept: image/png"),
        406,
        "not-acceptable");
    assertProblem(
        post("api/v1/articles", "x", "Content-Type: image/png"), 415, "unsupported-media-type");
    assertProblem(
        http.send("GET", http.target("api/v1/articles"), RUSSIAN), 401, "unauthenticated");
  }

  @Test
  void shouldStillServeWellFormedRequests() {
    String browser =
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8,"
            + "application/json";
    assertEquals(200, http.send("GET", http.target("api/v1/languages"), browser).status());
    RawHttp.Reply typedGet =
        http.send("GET", http.target("api/v1/languages"), "Content-Type: application/json");
    assertEquals(200, typedGet.status(), typedGet::toString);
    String search = "api/v1/content/search?q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B+road";
    assertEquals(200, http.send("GET", http.target(search)).status());
    String article = "{\"sourceLanguage\":\"en\",\"title\":\"Framed\",\"body\":\"Chunked body.\"}";
    String chunked = Integer.toHexString(article.length()) + "\r\n" + article + "\r\n0\r\n\r\n";
    RawHttp.Reply created =
        http.send(
            "POST",
            http.target("api/v1/articles"),
            chunked.getBytes(StandardCharsets.UTF_8),
            auth("editor"),
            "Content-Type: application/json; charset=UTF-8",
            "Transfer-Encoding: chunked");
    assertEquals(201, created.status(), created::toString);
  }

  /**
   * A control character in the decoded path (escaped or raw NUL and DEL), an escape that cannot be
   * decoded, a dot-segment above the root or {@code ..;}: the web container refuses these itself
   * before it chooses an application (its {@code CWWWC0005I} page), so the user feature {@code
   * tilmashChannel-1.0} answers them first, at the HTTP dispatcher, with the same problem.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "api/v1/content/articles/%00",
        "api/v1/content/articles/a\u007Fb",
        "api/v1/content/articles/a\u0000b",
        "api/v1/content/articles/%G1",
        "api/v1/content/articles/%zz/versions",
        "api/v1/content/..;/languages",
        "../../x",
        "health/%00",
        "console/%7F"
      })
  void shouldRefuseAPathTheWebContainerWouldRefuseOnItsOwnWithAProblem(String path) {
    assertProblem(http.send("GET", http.target(path), RUSSIAN), 400, "malformed-uri");
  }

  @Test
  void shouldRefuseAWriteToAPathWithAControlCharacterWithAProblemAndChangeNothing() {
    String body = "{\"roles\":[\"ADMIN\"],\"enabled\":false}";
    RawHttp.Reply reply =
        http.send(
            "PUT",
            http.target("api/v1/users/admin%00"),
            body.getBytes(StandardCharsets.UTF_8),
            RUSSIAN,
            auth("admin"),
            "Content-Type: application/json",
            "Content-Length: " + body.length());
    assertProblem(reply, 400, "malformed-uri");
    // The account was not disabled: the administrator still signs in.
    assertEquals(200, http.send("GET", http.target("api/v1/users"), auth("admin")).status());
  }

  @Test
  void shouldAnswerAMalformedPathInTheLanguageAsked() {
    for (String language : Messages.CATALOG_LANGUAGES) {
      RawHttp.Reply reply =
          http.send(
              "GET",
              http.target("api/v1/content/articles/%00"),
              "Accept-Language: " + language + "-XX;q=0.9, fr;q=0.5");
      assertEquals(language, reply.header("Content-Language"), reply::toString);
      assertEquals(
          Messages.load(language).getProperty("problem.malformed-uri.title"),
          json(reply).getString("title"));
    }
  }

  private RawHttp.Reply post(String path, String body, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = RUSSIAN;
    all[1] = auth("editor");
    System.arraycopy(headers, 0, all, 2, headers.length);
    boolean sized = List.of(headers).stream().anyMatch(h -> h.startsWith("Content-Length"));
    if (!sized) {
      all = java.util.Arrays.copyOf(all, all.length + 1);
      all[all.length - 1] = "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length;
    }
    return http.send("POST", http.target(path), body.getBytes(StandardCharsets.UTF_8), all);
  }

  private static String auth(String user) {
    return "Authorization: " + RawHttp.basic(user);
  }
}
