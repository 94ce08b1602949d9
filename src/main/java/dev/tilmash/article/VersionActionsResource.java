package dev.tilmash.article;

import dev.tilmash.account.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** What the caller may do to a language version now, and why not where they may not. */
@Path("/articles/{id}/versions/{lang}/actions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class VersionActionsResource {
  @Inject VersionActions actions;
  @Inject CurrentActor actor;

  @Operation(summary = "What the caller may do to the version now, and why not")
  @GET
  public VersionActions.View get(
      @PathParam("id") String articleId,
      @PathParam("lang") String lang,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    return actions.of(actor.get(), articleId, lang, acceptLanguage);
  }
}
