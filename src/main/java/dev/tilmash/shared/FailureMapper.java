package dev.tilmash.shared;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.security.Principal;

/** Answers a failure with a problem+json body localized for the request. */
abstract class FailureMapper<T extends Throwable> implements ExceptionMapper<T> {
  @Inject ProblemResponses responses;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;
  @Context Request request;
  @Context SecurityContext security;

  @Override
  public Response toResponse(T failure) {
    Principal user = security == null ? null : security.getUserPrincipal();
    return responses.failure(
        failure,
        new ProblemResponses.FailedRequest(
            headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
            request.getMethod(),
            path(),
            user == null ? null : user.getName()));
  }

  /**
   * The request's path, or null when it is no URI. RequestGuard refuses such targets before the
   * REST runtime sees them, but the error path must not fail on one. (Not the servlet request: its
   * context proxy failed with a ClassCastException when the delivery cache filter wrote a failure.)
   */
  private String path() {
    try {
      return uriInfo.getRequestUri().getRawPath();
    } catch (RuntimeException notAUri) {
      return null;
    }
  }
}
