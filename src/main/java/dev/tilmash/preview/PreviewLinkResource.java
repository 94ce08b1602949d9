package dev.tilmash.preview;

import dev.tilmash.account.CurrentActor;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Editors and translators of the language make signed preview links to share. */
@Path("/articles/{id}/versions/{lang}/preview-links")
@SecurityRequirement(name = "basic")
@Tag(name = "Preview")
public class PreviewLinkResource {
  @Inject PreviewLinks links;
  @Inject CurrentActor actor;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A signed link to this version, valid for expiresIn (201)")
  public Response create(
      @PathParam("id") String id,
      @PathParam("lang") String lang,
      @Valid PreviewLinkInput input,
      @Context UriInfo uri) {
    PreviewLinkView link = links.create(actor.get(), id, lang, input, uri.getBaseUri());
    return Response.created(URI.create(link.url())).entity(link).build();
  }
}
