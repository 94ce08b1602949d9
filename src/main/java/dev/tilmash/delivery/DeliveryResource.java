package dev.tilmash.delivery;

import dev.tilmash.search.ListSort;
import dev.tilmash.search.TitleOrderedList;
import dev.tilmash.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Date;

/** The public, read-only API for client sites: published content only. */
@Path("/content/articles")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {
  @Inject DeliveryService service;
  @Inject DeliverySettings settings;
  @Inject TitleOrderedList titles;

  @GET
  public Response list(
      @QueryParam("lang") String lang,
      @QueryParam("fallback") boolean fallback,
      @QueryParam("sort") String sort,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
      @Context UriInfo uri) {
    PageRequest pageRequest = PageRequest.of(page, size);
    DeliveredList list =
        ListSort.parse(sort) == ListSort.TITLE
            ? titles.list(lang, acceptLanguage, fallback, pageRequest, uri.getBaseUri())
            : service.list(lang, acceptLanguage, fallback, pageRequest, uri.getBaseUri());
    return Response.ok(list.json(), MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CONTENT_LANGUAGE, list.language())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .header(HttpHeaders.CACHE_CONTROL, settings.cacheControl())
        .build();
  }

  @GET
  @Path("/{key}")
  public Response get(
      @PathParam("key") String key,
      @QueryParam("lang") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
      @Context Request request,
      @Context UriInfo uri) {
    Delivery delivery = service.find(key, lang, acceptLanguage, uri.getBaseUri());
    if (delivery instanceof Delivery.Moved moved) {
      return Response.status(Response.Status.MOVED_PERMANENTLY)
          .location(
              uri.getBaseUriBuilder()
                  .path("content/articles")
                  .path(moved.slug())
                  .replaceQuery(uri.getRequestUri().getRawQuery())
                  .build())
          .build();
    }
    Delivery.Found found = (Delivery.Found) delivery;
    Date lastModified = Date.from(found.lastModified());
    EntityTag etag = EntityTag.valueOf(found.etag());
    Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, etag);
    Response.ResponseBuilder response =
        notModified != null
            ? notModified
            : Response.ok(found.json(), MediaType.APPLICATION_JSON_TYPE);
    response
        .tag(etag)
        .lastModified(lastModified)
        .header(HttpHeaders.CONTENT_LANGUAGE, found.language())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .header(HttpHeaders.CACHE_CONTROL, settings.cacheControl());
    found
        .alternates()
        .forEach(
            (language, url) ->
                response.header(
                    "Link", "<" + url + ">; rel=\"alternate\"; hreflang=\"" + language + "\""));
    return response.build();
  }
}
