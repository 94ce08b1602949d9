package dev.tilmash.article;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.SignedIn;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.Parameters;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Articles for editors and translators. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ArticleResource {
  @Inject ArticleService service;
  @Inject CurrentActor actor;
  @Inject EditorialCache cache;

  @POST
  public Response create(@Valid @NotNull NewArticle input, @Context UriInfo uri) {
    ArticleView created = service.create(actor.get(), input);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  /**
   * A page of the editorial list, as JSON remembered by {@link EditorialCache} (no transaction is
   * begun for a remembered page).
   */
  @SignedIn
  @GET
  public Response list(
      @QueryParam("state") String state,
      @QueryParam("language") String language,
      @QueryParam("outdated") String outdated,
      @QueryParam("q") String q,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    EditorialFilter filter =
        new EditorialFilter(
            EditorialFilter.parseState(state), language, Parameters.flag("outdated", outdated), q);
    PageRequest request = PageRequest.parse(page, size);
    byte[] json = cache.page(filter, request, () -> service.list(filter, request));
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
  }

  @SignedIn
  @GET
  @Path("/coverage")
  @Operation(
      summary = "How far each language is",
      description =
          "Per configured language: articles published (something live), in progress (a version,"
              + " nothing live), missing (no version), archived, and translations outdated.")
  public Coverage coverage() {
    return cache.coverage(service::coverage);
  }

  @SignedIn
  @GET
  @Path("/{id}")
  public ArticleView get(@PathParam("id") String id) {
    return service.get(id);
  }
}
