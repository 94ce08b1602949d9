package dev.tilmash.signin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Takes the Basic challenge off a 401 that the REST layer answers to a browser's script (for
 * example {@code GET /api/v1/session} without a session), by the rule of {@link BrowserRequest};
 * {@link CallerAuthentication} applies the same rule to its own refusals.
 */
@Provider
public class BrowserChallengeFilter implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)
        && !new BrowserRequest(request::getHeaderString)
            .mayChallenge(request.getCookies().containsKey(BrowserRequest.SESSION_COOKIE))) {
      response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
    }
  }
}
