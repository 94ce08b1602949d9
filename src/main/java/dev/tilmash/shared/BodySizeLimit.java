package dev.tilmash.shared;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code tilmash.http.max-body-bytes} with a 413 before anything reads
 * them. A declared Content-Length is checked at once; a chunked body is read up to the limit and no
 * further, and one whose framing is broken is a 400. A feature that takes larger bodies on its own
 * paths (imports of many files) says so with an {@link Allowance} bean; its limit then applies
 * there instead.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {
  /** A feature whose requests may be larger (or must be smaller) than the global limit. */
  public interface Allowance {
    /**
     * The limit for a request to {@code path} (relative to {@code /api/v1}, without a leading
     * slash), or empty when the path is not this feature's.
     */
    OptionalLong maxBytes(String path);
  }

  @Inject
  @ConfigProperty(name = "tilmash.http.max-body-bytes", defaultValue = "1048576")
  long maxBytes;

  @Inject Instance<Allowance> allowances;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    long limit = limitFor(request.getUriInfo().getPath());
    long declared = declaredLength(request.getHeaderString("Content-Length"));
    if (declared > limit) {
      throw tooLarge(limit);
    }
    if (declared < 0 && request.hasEntity()) {
      byte[] bytes = readUpTo(request.getEntityStream(), limit + 1);
      if (bytes.length > limit) {
        throw tooLarge(limit);
      }
      request.setEntityStream(new ByteArrayInputStream(bytes));
    }
  }

  /**
   * Reads a chunked body. A failure here is the client's framing (a chunk size that is not hex,
   * such as {@code zz}, {@code -1} or {@code +5}), which the container reports as an I/O error of
   * its own: a 400 {@code unreadable-body}, not a 500.
   */
  private static byte[] readUpTo(InputStream in, long max) {
    try {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max));
    } catch (IOException brokenFraming) {
      throw new ProblemException(ProblemType.UNREADABLE_BODY);
    }
  }

  private long limitFor(String rawPath) {
    String path = rawPath == null ? "" : rawPath.replaceFirst("^/+", "");
    for (Allowance allowance : allowances) {
      OptionalLong limit = allowance.maxBytes(path);
      if (limit.isPresent()) {
        return limit.getAsLong();
      }
    }
    return maxBytes;
  }

  /**
   * The declared Content-Length, or -1 without one. Read here as a long: the REST runtime's own
   * {@code getLength()} parses an int and fails (a 500) on any length from 2 GiB up, which a client
   * may declare on any request. RequestGuard has already refused a value that is not 1 to 18 digits
   * when the container let it through.
   */
  static long declaredLength(String header) {
    if (header == null || header.isBlank()) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException notALength) {
      throw new ProblemException(ProblemType.MALFORMED_HEADER, Map.of("header", "Content-Length"));
    }
  }

  private static ProblemException tooLarge(long limit) {
    return new ProblemException(ProblemType.BODY_TOO_LARGE, Map.of("limit", limit));
  }
}
