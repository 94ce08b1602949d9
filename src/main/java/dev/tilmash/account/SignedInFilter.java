package dev.tilmash.account;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a {@link SignedIn} method's caller who is not signed in. It runs after the filters that
 * check the request itself, just before the method, where the method used to ask for the actor.
 */
@Provider
@SignedIn
@Priority(Priorities.USER + 100)
public class SignedInFilter implements ContainerRequestFilter {
  @Inject CurrentActor actor;

  @Override
  public void filter(ContainerRequestContext request) {
    actor.get();
  }
}
