package dev.tilmash.account;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Map;
import java.util.Set;

/**
 * Who is acting: a user's name, roles and language scope, as the domain sees them. The domain
 * decides with it; it never reads the HTTP security context itself.
 */
public record Actor(String username, Set<Role> roles, Set<String> languages) {
  public Actor {
    roles = Set.copyOf(roles);
    languages = Set.copyOf(languages);
  }

  public boolean is(Role role) {
    return roles.contains(role);
  }

  public boolean translates(String language) {
    return is(Role.TRANSLATOR) && languages.contains(language);
  }

  /** Fails with a 403 that names the missing role. */
  public void require(Role role) {
    if (!is(role)) {
      throw new ProblemException(ProblemType.MISSING_ROLE, Map.of("role", role.id()));
    }
  }

  /**
   * Editors may write any language; translators only those in their scope. Fails with a 403 that
   * names the missing role or the missing language.
   */
  public void requireWriter(String language) {
    if (is(Role.EDITOR) || translates(language)) {
      return;
    }
    if (!is(Role.TRANSLATOR)) {
      throw new ProblemException(
          ProblemType.MISSING_ROLE, Map.of("role", Role.TRANSLATOR.id() + "|" + Role.EDITOR.id()));
    }
    throw new ProblemException(ProblemType.MISSING_LANGUAGE, Map.of("language", language));
  }
}
