package dev.tilmash.interchange;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The HTTP answer to an XLIFF import: 201 with the version's location when it was created. */
final class XliffResponses {
  private XliffResponses() {}

  static Response imported(XliffImportView view, UriInfo uri) {
    Response.ResponseBuilder response =
        view.created()
            ? Response.created(
                uri.getBaseUriBuilder()
                    .path("articles/{id}/versions/{lang}")
                    .build(view.articleId(), view.language()))
            : Response.ok();
    return response.header(HttpHeaders.ETAG, view.etag()).entity(view).build();
  }
}
