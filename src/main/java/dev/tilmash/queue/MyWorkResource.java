package dev.tilmash.queue;

import dev.tilmash.account.CurrentActor;
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

/** The caller's work list: versions assigned to them or in their languages that need work. */
@Path("/my-work")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class MyWorkResource {
  @Inject WorkQueues queues;
  @Inject CurrentActor actor;

  @Operation(
      summary =
          "The caller's work: drafts, changes requested and outdated versions, assigned ones first")
  @GET
  public Page<MyWorkItem> list(@QueryParam("page") String page, @QueryParam("size") String size) {
    WorkScope scope = WorkScope.of(actor.get());
    return queues.myWork(scope, PageRequest.parse(page, size));
  }
}
