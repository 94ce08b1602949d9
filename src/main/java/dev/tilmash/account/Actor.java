package dev.tilmash.account;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is acting: a user's name, roles and language scope, as the domain sees them. The domain
 * decides with it; it never reads the HTTP security context itself.
 *
 * <p>A caller with an API token carries its {@link TokenGrant} in {@code token} (null for a
 * person). A token acting as a user has that user's roles, and languages bounded by the token's; a
 * token on its own has the roles its scopes stand in for ({@link Scope#standsInFor}) in the token's
 * languages. Which endpoints a token reaches at all is bounded by its scopes ({@link
 * ScopeRequired}), before any of this is asked.
 */
public record Actor(String username, Set<Role> roles, Set<String> languages, TokenGrant token) {
  public Actor {
    roles = Set.copyOf(roles);
    languages = Set.copyOf(languages);
  }

  public Actor(String username, Set<Role> roles, Set<String> languages) {
    this(username, roles, languages, null);
  }

  /** This user acting through {@code grant}: only the token's languages remain in scope. */
  public Actor through(TokenGrant grant) {
    Set<String> bounded = languages.stream().filter(grant::covers).collect(Collectors.toSet());
    return new Actor(username, roles, bounded, grant);
  }

  /**
   * A token acting on its own: the roles its scopes stand in for, in its languages ({@code
   * everyLanguage} when it names none).
   */
  public static Actor of(TokenGrant grant, Set<String> everyLanguage) {
    Set<Role> roles =
        grant.scopes().stream()
            .map(Scope::standsInFor)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Set<String> languages = grant.languages().isEmpty() ? everyLanguage : grant.languages();
    return new Actor(grant.callerName(), roles, languages, grant);
  }

  /** Whether a token bound to some languages leaves {@code language} out (people cover all). */
  public boolean covers(String language) {
    return token == null || token.covers(language);
  }

  /** Fails with a 403 {@code missing-language} when a token is bound to other languages. */
  public void requireCovers(String language) {
    if (!covers(language)) {
      throw new ProblemException(ProblemType.MISSING_LANGUAGE, Map.of("language", language));
    }
  }

  public boolean is(Role role) {
    return roles.contains(role);
  }

  public boolean translates(String language) {
    return is(Role.TRANSLATOR) && languages.contains(language) && covers(language);
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
    requireCovers(language);
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
