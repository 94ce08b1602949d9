package dev.tilmash.queue;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.Role;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The editors' review queue: versions in review, the longest waiting first. */
@Path("/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ReviewQueueResource {
  @Inject WorkQueues queues;
  @Inject CurrentActor actor;

  @Operation(summary = "The versions in review, the longest waiting first")
  @GET
  public Page<ReviewQueueItem> list(
      @QueryParam("language") String language,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    actor.get().require(Role.EDITOR);
    return queues.reviewQueue(language, PageRequest.parse(page, size));
  }
}
