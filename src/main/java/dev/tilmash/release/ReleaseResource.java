package dev.tilmash.release;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.SignedIn;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Releases of an article: several languages published together, now or at a set time. */
@Path("/articles/{id}/releases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ReleaseResource {
  @Inject ReleaseService service;
  @Inject CurrentActor actor;

  @PathParam("id")
  String articleId;

  @POST
  public Response release(@Valid @NotNull ReleaseInput input, @Context UriInfo uri) {
    ReleaseView release = service.release(actor.get(), articleId, input);
    return Response.created(uri.getAbsolutePathBuilder().path(release.releaseId()).build())
        .entity(release)
        .build();
  }

  @SignedIn
  @GET
  public List<ReleaseView> list() {
    return service.list(articleId);
  }

  @DELETE
  @Path("/{release}")
  public ReleaseView cancel(@PathParam("release") String releaseId) {
    return service.cancel(actor.get(), articleId, releaseId);
  }
}
