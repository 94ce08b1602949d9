package dev.tilmash.article;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.SignedIn;
import dev.tilmash.shared.IfMatch;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** One language version of an article: its working copy, workflow steps and history. */
@Path("/articles/{id}/versions/{lang}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class VersionResource {
  @Inject VersionService service;
  @Inject CurrentActor actor;

  @PathParam("id")
  String articleId;

  @PathParam("lang")
  String lang;

  @SignedIn
  @GET
  public Response get() {
    return VersionResponses.of(Response.ok(), service.get(articleId, lang));
  }

  @PUT
  public Response put(
      @Valid @NotNull VersionInput input,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam("If-None-Match") String ifNoneMatch,
      @Context UriInfo uri) {
    VersionService.Saved saved =
        service.save(actor.get(), articleId, lang, input, IfMatch.of(ifMatch, ifNoneMatch));
    Response.ResponseBuilder response =
        saved.created() ? Response.created(uri.getAbsolutePath()) : Response.ok();
    return VersionResponses.of(response, saved.view());
  }

  @POST
  @Path("/transitions")
  public Response transition(
      @Valid @NotNull TransitionInput input, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return VersionResponses.of(
        Response.ok(),
        service.transition(actor.get(), articleId, lang, input, IfMatch.of(ifMatch)));
  }

  @SignedIn
  @GET
  @Path("/history")
  public HistoryView history() {
    return service.history(articleId, lang);
  }
}
