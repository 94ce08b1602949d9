package dev.tilmash.article;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.SignedIn;
import dev.tilmash.shared.IfMatch;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.Parameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The revisions of one language version: the list, one revision, a diff of two, a restore. */
@Path("/articles/{id}/versions/{lang}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class RevisionResource {
  @Inject RevisionService service;
  @Inject CurrentActor actor;

  @PathParam("id")
  String articleId;

  @PathParam("lang")
  String lang;

  @SignedIn
  @GET
  public Page<HistoryView.RevisionEntry> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return service.list(articleId, lang, PageRequest.parse(page, size));
  }

  @SignedIn
  @GET
  @Path("/{n}")
  public RevisionView get(@PathParam("n") String number) {
    return service.get(articleId, lang, Parameters.requiredInteger("n", number));
  }

  @SignedIn
  @GET
  @Path("/{a}/diff/{b}")
  public RevisionDiff diff(@PathParam("a") String from, @PathParam("b") String to) {
    return service.diff(
        articleId,
        lang,
        Parameters.requiredInteger("a", from),
        Parameters.requiredInteger("b", to));
  }

  @POST
  @Path("/{n}/restore")
  public Response restore(
      @PathParam("n") String number, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    int n = Parameters.requiredInteger("n", number);
    VersionView view = service.restore(actor.get(), articleId, lang, n, IfMatch.of(ifMatch));
    return VersionResponses.of(Response.ok(), view);
  }
}
