package dev.tilmash.preview;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A preview as it goes over the wire: the delivery shape with {@code "preview": true}, never stored
 * by a shared cache or a browser, and not for search engines.
 */
public record PreviewAnswer(byte[] json, String language) {
  static final String CACHE_CONTROL = "private, no-store";

  public Response toResponse() {
    return Response.ok(json, "application/json;charset=UTF-8")
        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
        .header(HttpHeaders.CONTENT_LANGUAGE, language)
        .header("X-Robots-Tag", "noindex")
        .build();
  }
}
