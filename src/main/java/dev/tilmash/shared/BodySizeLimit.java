package dev.tilmash.shared;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code tilmash.http.max-body-bytes} with a 413 before anything reads
 * them. A declared Content-Length is checked at once; a chunked body is read up to the limit and no
 * further.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
  @Inject
  @ConfigProperty(name = "tilmash.http.max-body-bytes", defaultValue = "1048576")
  long maxBytes;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (request.getLength() > maxBytes) {
      throw tooLarge();
    }
    if (request.getLength() < 0 && request.hasEntity()) {
      InputStream in = request.getEntityStream();
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge();
      }
      request.setEntityStream(new ByteArrayInputStream(bytes));
    }
  }

  private ProblemException tooLarge() {
    return new ProblemException(ProblemType.BODY_TOO_LARGE, Map.of("limit", maxBytes));
  }
}
