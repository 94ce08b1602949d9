package dev.tilmash.delivery;

import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.Parameters;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The public, read-only API for client sites: published content only. Requests the delivery cache
 * already holds are answered before they get here, by {@link CacheHitFilter}.
 */
@Path("/content/articles")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {
  private static final String TAG =
      "Only articles with this tag: its key, or its slug or label in the list's language";
  private static final String SECTION =
      "Only articles in this section: its key, or its slug or label in the list's language";

  @Inject DeliveryService service;
  @Inject DeliverySettings settings;
  @Inject TitleOrderedList titles;

  @GET
  public Response list(
      @QueryParam("lang") String lang,
      @QueryParam("fallback") String fallbackParam,
      @QueryParam("sort") String sort,
      @Parameter(description = TAG) @QueryParam("tag") String tag,
      @Parameter(description = SECTION) @QueryParam("section") String section,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
      @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding,
      @Context HttpServletRequest request) {
    PageRequest pageRequest = PageRequest.parse(page, size);
    boolean fallback = Parameters.isSet("fallback", fallbackParam);
    URI base = URI.create(PublicBase.of(request));
    ListTerms terms = ListTerms.of(tag, section);
    DeliveredList list =
        ListSort.parse(sort) == ListSort.TITLE
            ? titles.list(lang, acceptLanguage, fallback, terms, pageRequest, base)
            : service.list(lang, acceptLanguage, fallback, terms, pageRequest, base);
    return DeliveryAnswer.of(list, settings.cacheControl(), acceptEncoding).toResponse();
  }

  @GET
  @Path("/{key}")
  public Response get(
      @PathParam("key") String key,
      @QueryParam("lang") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince,
      @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding,
      @Context HttpServletRequest request,
      @Context UriInfo uri) {
    Delivery delivery = service.find(key, lang, acceptLanguage, URI.create(PublicBase.of(request)));
    if (delivery instanceof Delivery.Moved moved) {
      return Response.status(Response.Status.MOVED_PERMANENTLY)
          .location(PublicLinks.renamed(uri, moved.slug()))
          .build();
    }
    Delivery.Found found = (Delivery.Found) delivery;
    return DeliveryAnswer.of(
            found, settings.cacheControl(), ifNoneMatch, ifModifiedSince, acceptEncoding)
        .toResponse();
  }
}
