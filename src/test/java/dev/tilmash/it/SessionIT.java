package dev.tilmash.it;

import static dev.tilmash.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's sign-in over HTTP on a real Liberty: the session cookie and its attributes, a new
 * id at every sign-in, sign-out, the CSRF token and origin checks, Basic clients unchanged, no
 * Basic dialog for the console, the guard against guessing passwords, idle expiry and roles read
 * afresh. The test server allows 3 wrong passwords, and this deployment 10 idle seconds
 * (configDropins/overrides/signin.xml). Every test that can reach the limit uses accounts of its
 * own, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionIT {
  private static final String SECOND_ADDRESS = "127.0.0.2";
  private static final String PASSWORD = SignInAccounts.PASSWORD;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.withSetting("tilmash.session.idle-timeout", "PT10S");
  }

  @ArquillianResource URL base;

  private Api api;
  private SignInAccounts accounts;

  @BeforeEach
  void connect() {
    api = Api.anonymous(base);
    accounts = new SignInAccounts(api);
  }

  private static String article(String title) {
    return Api.json(
        "sourceLanguage", "en", "title", title, "summary", "Summary", "body", "Body text.");
  }

  @Test
  void shouldSignInWithAStrictHttpOnlyCookieAndAnswerTheUser() {
    Api.Reply reply = api.post("session", Browser.signInBody("translator.kk", "demo"));

    assertEquals(200, reply.status(), reply::toString);
    String cookie = reply.header("Set-Cookie");
    assertTrue(cookie.startsWith(Browser.COOKIE + "="), cookie);
    assertTrue(cookie.contains("; HttpOnly"), cookie);
    assertTrue(cookie.contains("; SameSite=Strict"), cookie);
    assertTrue(cookie.contains("; Path=/"), cookie);
    assertFalse(cookie.contains("Secure"), "plain HTTP: " + cookie);
    JsonObject user = reply.json();
    assertEquals("translator.kk", user.getString("username"));
    assertEquals("[\"translator\"]", user.getJsonArray("roles").toString());
    assertEquals("[\"kk\"]", user.getJsonArray("languages").toString());
    assertTrue(user.getString("csrfToken").length() >= 32);

    Browser browser = new Browser(api, Browser.sessionId(reply), user.getString("csrfToken"));
    Api.Reply current = browser.cookieOnly().get("session");
    assertEquals(200, current.status(), current::toString);
    assertEquals(user, current.json());
    Api.Reply work = browser.cookieOnly().get("my-work");
    assertEquals(200, work.status(), work::toString);
  }

  @Test
  void shouldGiveANewSessionIdAtEverySignIn() {
    Browser first = Browser.signIn(api, "editor", "demo");

    Api.Reply again = first.cookieOnly().post("session", Browser.signInBody("editor", "demo"));

    assertEquals(200, again.status(), again::toString);
    String second = Browser.sessionId(again);
    assertNotNull(second);
    assertNotEquals(first.sessionId(), second);
    assertProblem(first.cookieOnly().get("session"), 401, "unauthenticated");
    assertEquals(200, api.header("Cookie", Browser.COOKIE + "=" + second).get("session").status());
  }

  @Test
  void shouldNeverHonourASessionIdTheServerDidNotMake() {
    Api planted = api.header("Cookie", Browser.COOKIE + "=chosen-by-an-attacker");

    assertProblem(planted.get("session"), 401, "unauthenticated");
    assertProblem(planted.get("articles"), 401, "unauthenticated");
    Api.Reply signedIn = planted.post("session", Browser.signInBody("editor", "demo"));
    assertNotEquals("chosen-by-an-attacker", Browser.sessionId(signedIn));
  }

  @Test
  void shouldSignOutAndForgetTheSession() {
    Browser browser = Browser.signIn(api, "editor", "demo");

    Api.Reply out = browser.console().send("DELETE", "session", null, null);

    assertEquals(204, out.status(), out::toString);
    assertTrue(out.header("Set-Cookie").contains("Max-Age=0"), out.header("Set-Cookie"));
    Api.Reply after = browser.cookieOnly().get("session");
    assertProblem(after, 401, "unauthenticated");
    assertNull(after.header("WWW-Authenticate"), "no Basic dialog for the console");
    assertProblem(browser.console().get("articles"), 401, "unauthenticated");
  }

  @Test
  void shouldRefuseAnUnsafeRequestWithoutTheCsrfToken() {
    Browser browser = Browser.signIn(api, "editor", "demo");

    assertProblem(
        browser.cookieOnly().post("articles", article("No token")), 403, "csrf-token-missing");
    assertProblem(
        browser.cookieOnly().header("X-CSRF-Token", "guess").post("articles", article("Wrong")),
        403,
        "csrf-token-missing");
    assertProblem(
        browser.cookieOnly().send("DELETE", "session", null, null), 403, "csrf-token-missing");
    assertEquals(200, browser.cookieOnly().get("session").status(), "the session still stands");

    Api.Reply created = browser.console().post("articles", article("With token"));
    assertEquals(201, created.status(), created::toString);
  }

  @Test
  void shouldRefuseARequestFromAnotherSite() {
    Browser browser = Browser.signIn(api, "editor", "demo");

    assertProblem(
        browser.console().header("Origin", "https://evil.example").post("articles", article("X")),
        403,
        "cross-origin-request");
    assertProblem(
        browser.console().header("Sec-Fetch-Site", "cross-site").post("articles", article("Y")),
        403,
        "cross-origin-request");
    assertProblem(
        api.header("Origin", "https://evil.example")
            .post("session", Browser.signInBody("editor", "demo")),
        403,
        "cross-origin-request");

    String own = "http://localhost:" + base.getPort();
    Api.Reply sameOrigin =
        browser
            .console()
            .header("Origin", own)
            .header("Sec-Fetch-Site", "same-origin")
            .post("articles", article("Same origin"));
    assertEquals(201, sameOrigin.status(), sameOrigin::toString);
  }

  @Test
  void shouldKeepBasicClientsWorkingWithoutAToken() {
    Api.Reply created = api.as("editor").post("articles", article("Basic client"));
    assertEquals(201, created.status(), created::toString);

    Api.Reply refused = api.get("articles");
    assertProblem(refused, 401, "unauthenticated");
    assertTrue(refused.header("WWW-Authenticate").startsWith("Basic"), refused::toString);
  }

  @Test
  void shouldNotChallengeTheConsolesScriptsWithBasic() {
    for (Api script :
        List.of(
            api.header("X-Requested-With", "fetch"),
            api.header("Sec-Fetch-Mode", "cors"),
            api.header("Sec-Fetch-Mode", "same-origin"),
            api.header("Cookie", Browser.COOKIE + "=expired"))) {
      Api.Reply management = script.get("articles");
      assertProblem(management, 401, "unauthenticated");
      assertNull(management.header("WWW-Authenticate"), management::toString);
      Api.Reply session = script.get("session");
      assertProblem(session, 401, "unauthenticated");
      assertNull(session.header("WWW-Authenticate"), session::toString);
      Api.Reply wrong =
          script.post("session", Browser.signInBody(accounts.create("EDITOR"), "wrong"));
      assertProblem(wrong, 401, "unauthenticated");
      assertNull(wrong.header("WWW-Authenticate"), wrong::toString);
    }
  }

  @Test
  void shouldSlowGuessingAfterTheLimitButLetAnotherAddressIn() {
    String username = accounts.create("EDITOR");
    for (int i = 0; i < 3; i++) {
      assertProblem(
          api.post("session", Browser.signInBody(username, "guess " + i)), 401, "unauthenticated");
    }

    Api.Reply refused = api.post("session", Browser.signInBody(username, PASSWORD));
    assertProblem(refused, 429, "too-many-sign-ins");
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter > 0 && retryAfter <= 600, refused::toString);
    assertEquals(retryAfter, refused.json().getJsonNumber("retryAfter").longValue());
    Api.Reply basic =
        api.header("Authorization", SignInAccounts.basic(username, PASSWORD)).get("my-work");
    assertProblem(basic, 429, "too-many-sign-ins");
    assertEquals(200, api.as("editor2").get("my-work").status(), "other accounts are not slowed");

    String right = Browser.signInBody(username, PASSWORD);
    String json = "Content-Type: application/json";
    String basicAuth = "Authorization: " + SignInAccounts.basic(username, PASSWORD);
    assertEquals(
        200,
        FromAddress.status(SECOND_ADDRESS, base, "POST", "api/v1/session", right, json),
        "the right password from another address");
    assertEquals(
        200, FromAddress.status(SECOND_ADDRESS, base, "GET", "api/v1/my-work", null, basicAuth));
  }

  @Test
  void shouldCountWrongBasicPasswordsAgainstSignInToo() {
    String username = accounts.create("TRANSLATOR", "ru");
    for (int i = 0; i < 3; i++) {
      Api.Reply wrong =
          api.header("Authorization", SignInAccounts.basic(username, "guess " + i)).get("my-work");
      assertProblem(wrong, 401, "unauthenticated");
    }

    assertProblem(
        api.header("Authorization", SignInAccounts.basic(username, PASSWORD)).get("my-work"),
        429,
        "too-many-sign-ins");
    Api.Reply session = api.post("session", Browser.signInBody(username, PASSWORD));
    assertProblem(session, 429, "too-many-sign-ins");
    assertNotNull(session.header("Retry-After"));
  }

  @Test
  void shouldEndASessionLeftIdleLongerThanTheTimeout() throws InterruptedException {
    Browser browser = Browser.signIn(api, "editor", "demo");

    Thread.sleep(11_000); // this deployment's idle timeout is 10 s

    assertProblem(browser.cookieOnly().get("session"), 401, "unauthenticated");
    assertProblem(browser.console().get("articles"), 401, "unauthenticated");
  }

  @Test
  void shouldApplyAChangeOfRolesAndLanguagesOnTheNextRequest() {
    String username = accounts.create("TRANSLATOR", "ru");
    Browser browser = Browser.signIn(api, username, PASSWORD);
    assertProblem(browser.console().post("articles", article("Not yet")), 403, "missing-role");

    Api.Reply changed =
        api.as("admin")
            .put(
                "users/" + username,
                Api.json("roles", List.of("EDITOR", "TRANSLATOR"), "languages", List.of("kk")));
    assertEquals(200, changed.status(), changed::toString);

    JsonObject now = browser.cookieOnly().get("session").json();
    assertEquals("[\"editor\",\"translator\"]", now.getJsonArray("roles").toString());
    assertEquals("[\"kk\"]", now.getJsonArray("languages").toString());
    Api.Reply created = browser.console().post("articles", article("Now an editor"));
    assertEquals(201, created.status(), created::toString);
  }

  @Test
  void shouldEndTheSessionsOfAUserWhosePasswordChanged() {
    String username = accounts.create("TRANSLATOR", "ru");
    Browser browser = Browser.signIn(api, username, PASSWORD);

    Api.Reply changed =
        api.as("admin")
            .put(
                "users/" + username,
                Api.json(
                    "roles", List.of("TRANSLATOR"),
                    "languages", List.of("ru"),
                    "password", "another password"));
    assertEquals(200, changed.status(), changed::toString);

    assertProblem(browser.cookieOnly().get("session"), 401, "unauthenticated");
  }
}
