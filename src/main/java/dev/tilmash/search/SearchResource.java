package dev.tilmash.search;

import dev.tilmash.delivery.DeliverySettings;
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
  @Inject RememberedSearches remembered;
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
    byte[] found =
        remembered.answer(question, () -> search.search(q, lang, question.page(), question.base()));
    return Response.ok(found, MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, settings.cacheControl())
        .build();
  }
}
