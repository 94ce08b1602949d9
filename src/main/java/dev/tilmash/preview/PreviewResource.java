package dev.tilmash.preview;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.Scope;
import dev.tilmash.account.ScopeRequired;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Unpublished versions in the delivery shape, {@code Cache-Control: private, no-store}: for a
 * {@code content:preview} token, an editor or a translator of the language; or through a signed
 * link, without an account.
 */
@Path("/preview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preview", description = "Unpublished versions, for editors and preview tokens")
public class PreviewResource {
  @Inject PreviewService previews;
  @Inject PreviewLinks links;
  @Inject CurrentActor actor;

  @GET
  @Path("/articles/{key}")
  @ScopeRequired(Scope.CONTENT_PREVIEW)
  @SecurityRequirement(name = "basic")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "The working revision (or ?revision=n) of one language, with preview: true",
      description = "Allowed for a content:preview token, an editor, or a translator of lang.")
  public Response preview(
      @PathParam("key") String key,
      @QueryParam("lang") String lang,
      @QueryParam("revision") String revision,
      @Context UriInfo uri) {
    return previews.preview(actor.get(), key, lang, revision, uri.getBaseUri()).toResponse();
  }

  @GET
  @Path("/links/{id}/{lang}")
  @Operation(
      summary = "Open a signed preview link (no account needed)",
      description = "403 when the link was changed, 410 when it expired.")
  public Response open(
      @PathParam("id") String id,
      @PathParam("lang") String lang,
      @QueryParam("revision") String revision,
      @QueryParam("expires") String expires,
      @QueryParam("signature") String signature,
      @Context UriInfo uri) {
    return links.open(id, lang, revision, expires, signature, uri.getBaseUri()).toResponse();
  }
}
