package dev.tilmash.account;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** The signed-in user of this request, as an {@link Actor} for the domain. */
@RequestScoped
public class CurrentActor {
  @Inject SecurityContext security;
  @Inject AccountService accounts;

  private Actor actor;

  public Actor get() {
    if (actor == null) {
      Principal principal = security.getCallerPrincipal();
      if (principal == null) {
        throw new ProblemException(ProblemType.UNAUTHENTICATED);
      }
      actor = accounts.actor(principal.getName());
    }
    return actor;
  }
}
