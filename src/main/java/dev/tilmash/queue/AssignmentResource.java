package dev.tilmash.queue;

import dev.tilmash.account.CurrentActor;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Who works on a language version: editors assign it, or take it back with a null username. */
@Path("/articles/{id}/versions/{lang}/assignee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AssignmentResource {
  @Inject AssignmentService service;
  @Inject CurrentActor actor;

  @Operation(summary = "Assign the language version to a translator or an editor, or take it back")
  @PUT
  public AssigneeView put(
      @PathParam("id") String articleId,
      @PathParam("lang") String lang,
      @Valid @NotNull AssigneeInput input) {
    return service.assign(actor.get(), articleId, lang, input.username());
  }
}
