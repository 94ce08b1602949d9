package dev.tilmash.shared;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.security.Principal;

/** Answers a failure with a problem+json body localized for the request. */
abstract class FailureMapper<T extends Throwable> implements ExceptionMapper<T> {
  @Inject ProblemResponses responses;
  @Context HttpHeaders headers;
  // The servlet request, not UriInfo: UriInfo builds a java.net.URI, which throws on the very
  // targets that may have caused the failure, from inside the error path.
  @Context HttpServletRequest servletRequest;
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
            servletRequest.getRequestURI(),
            user == null ? null : user.getName()));
  }
}
