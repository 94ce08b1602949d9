package dev.tilmash.account;

import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Set;

/**
 * The signed-in user of this request, as an {@link Actor} for the domain. When the caller signed in
 * with an API token, the mechanism left its {@link TokenGrant} on the request, and the actor is the
 * user the token acts as (read again now, so a disabled user's token stops at once) or the token on
 * its own.
 */
@RequestScoped
public class CurrentActor {
  @Inject SecurityContext security;
  @Inject AccountService accounts;
  @Inject HttpServletRequest request;
  @Inject LanguageSet languageSet;

  private Actor actor;

  public Actor get() {
    if (actor == null) {
      Principal principal = security.getCallerPrincipal();
      if (principal == null) {
        throw new ProblemException(ProblemType.UNAUTHENTICATED);
      }
      actor = actorOf(principal.getName(), token());
    }
    return actor;
  }

  /** The grant of the API token this request came with, or null for a person. */
  public TokenGrant token() {
    return request.getAttribute(TokenGrant.ATTRIBUTE) instanceof TokenGrant grant ? grant : null;
  }

  private Actor actorOf(String name, TokenGrant grant) {
    if (grant == null) {
      return accounts.actor(name);
    }
    if (grant.actAs() != null) {
      return accounts.actor(grant.actAs()).through(grant);
    }
    return Actor.of(grant, Set.copyOf(languageSet.tags()));
  }
}
