package dev.tilmash.shared;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers a failure with a problem+json body localized for the request. */
abstract class FailureMapper<T extends Throwable> implements ExceptionMapper<T> {
  @Inject ProblemResponses responses;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(T failure) {
    return responses.failure(
        failure,
        headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
        uriInfo.getRequestUri().getRawPath());
  }
}
