package dev.tilmash.article;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** How every resource answers with a version: its ETag and language in headers, it as the body. */
final class VersionResponses {
  private VersionResponses() {}

  static Response of(Response.ResponseBuilder response, VersionView view) {
    return response
        .header(HttpHeaders.ETAG, view.etag())
        .header(HttpHeaders.CONTENT_LANGUAGE, view.language())
        .entity(view)
        .build();
  }
}
