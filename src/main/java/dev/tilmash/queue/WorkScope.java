package dev.tilmash.queue;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Map;
import java.util.Set;

/**
 * Whose work "my work" is: the versions assigned to the user, and for a translator every version of
 * the languages in their scope. An editor who translates nothing sees what is assigned to them;
 * someone who neither translates nor edits has no work list at all.
 */
public record WorkScope(String username, Set<String> languages) {
  public WorkScope {
    languages = Set.copyOf(languages);
  }

  /** Fails with a 403 naming both roles for someone who is neither translator nor editor. */
  public static WorkScope of(Actor actor) {
    if (!actor.is(Role.TRANSLATOR) && !actor.is(Role.EDITOR)) {
      throw new ProblemException(
          ProblemType.MISSING_ROLE, Map.of("role", Role.TRANSLATOR.id() + "|" + Role.EDITOR.id()));
    }
    return new WorkScope(
        actor.username(), actor.is(Role.TRANSLATOR) ? actor.languages() : Set.of());
  }
}
