package dev.tilmash.shared;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one exception mapper: every failure leaves as RFC 9457 problem+json. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Inject ProblemResponses responses;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable failure) {
    ProblemException problem = ProblemClassifier.classify(failure);
    if (problem == null || problem.type() == ProblemType.INTERNAL) {
      LOG.log(Level.SEVERE, "Unexpected failure", failure);
      problem = new ProblemException(ProblemType.INTERNAL);
    }
    String accept = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    return responses.response(problem, accept, instance);
  }
}
