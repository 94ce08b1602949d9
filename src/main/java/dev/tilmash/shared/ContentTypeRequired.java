package dev.tilmash.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * A request with a body must say what the body is. Without a {@code Content-Type} the REST runtime
 * would take any body for any media type a method accepts (an upload for a zip, say, whatever it
 * is); here it is a 415 instead. Requests without a body, such as a bare POST of a workflow step,
 * are not concerned.
 */
@Provider
public class ContentTypeRequired implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    boolean body = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    if (body && (contentType == null || contentType.isBlank())) {
      throw new ProblemException(
          ProblemType.UNSUPPORTED_MEDIA_TYPE, Map.of("header", HttpHeaders.CONTENT_TYPE));
    }
  }
}
