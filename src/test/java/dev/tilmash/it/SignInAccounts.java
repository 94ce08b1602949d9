package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accounts of their own for the sign-in tests, made by the admin through the API, so that the
 * passwords a test guesses lock no other test out.
 */
record SignInAccounts(Api api) {
  static final String PASSWORD = "correct horse";
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  /** A new account with this role and these languages, password {@link #PASSWORD}. */
  String create(String role, String... languages) {
    String username = "signin-it." + ACCOUNTS.incrementAndGet() + "." + System.nanoTime();
    Api.Reply created =
        api.as("admin")
            .post(
                "users",
                Api.json(
                    "username",
                    username,
                    "password",
                    PASSWORD,
                    "roles",
                    List.of(role),
                    "languages",
                    List.of(languages)));
    assertEquals(201, created.status(), created::toString);
    return username;
  }

  /** An {@code Authorization: Basic} value. */
  static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
