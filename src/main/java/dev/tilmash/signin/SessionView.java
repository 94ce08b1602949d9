package dev.tilmash.signin;

import dev.tilmash.account.Role;
import dev.tilmash.account.UserAccount;
import java.util.List;

/**
 * Who is signed in to the console, as the console needs it: roles and languages (read from the
 * account just now) and the token its unsafe requests must send in {@code X-CSRF-Token}.
 */
public record SessionView(
    String username,
    String displayName,
    List<String> roles,
    List<String> languages,
    String csrfToken) {
  static SessionView of(UserAccount account, ConsoleSession session) {
    return new SessionView(
        account.username(),
        account.displayName(),
        account.roles().stream().map(Role::id).sorted().toList(),
        account.languages().stream().sorted().toList(),
        session.csrfToken());
  }
}
