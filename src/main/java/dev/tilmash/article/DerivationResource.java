package dev.tilmash.article;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.shared.IfMatch;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Generates a script variant's version from its sibling by transliteration: 201 with the new
 * version, or 200 when an existing one was regenerated (If-Match required then).
 */
@Path("/articles/{id}/versions/{lang}/derive")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class DerivationResource {
  @Inject DerivationService service;
  @Inject CurrentActor actor;

  @POST
  public Response derive(
      @PathParam("id") String articleId,
      @PathParam("lang") String lang,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context UriInfo uri) {
    DerivationService.Derived derived =
        service.derive(actor.get(), articleId, lang, IfMatch.of(ifMatch));
    VersionView view = derived.view();
    Response.ResponseBuilder response =
        derived.created()
            ? Response.created(uri.getBaseUriBuilder().path(versionPath(view)).build())
            : Response.ok();
    return VersionResponses.of(response, view);
  }

  private static String versionPath(VersionView view) {
    return "articles/" + view.articleId() + "/versions/" + view.language();
  }
}
