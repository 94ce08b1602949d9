package dev.tilmash.delivery;

import dev.tilmash.search.RememberedSearches;
import dev.tilmash.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Public full-text search over published content, for client sites. */
@Path("/content/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
  @Inject ContentSearch search;
  @Inject DeliverySettings settings;

  @GET
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("lang") String lang,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context UriInfo uri) {
    RememberedSearches.Question question =
        new RememberedSearches.Question(q, lang, PageRequest.parse(page, size), uri.getBaseUri());
    return Response.ok(search.answer(question), MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, settings.cacheControl())
        .build();
  }
}
