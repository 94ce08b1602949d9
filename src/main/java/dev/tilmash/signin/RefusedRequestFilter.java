package dev.tilmash.signin;

import dev.tilmash.shared.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a request to a public resource that {@link CallerAuthentication} refused (a sign-out
 * without its CSRF token, say) with that refusal, before any resource runs. Liberty goes on to a
 * public resource whatever the mechanism answered, so there the mechanism leaves its refusal here
 * instead of writing it, and the error path writes it once, like every other problem.
 */
@Provider
@PreMatching
public class RefusedRequestFilter implements ContainerRequestFilter {
  static final String REFUSAL = RefusedRequestFilter.class.getName();

  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (request.getAttribute(REFUSAL) instanceof ProblemException refusal) {
      throw refusal;
    }
  }
}
