package dev.tilmash.audit;

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

/** The audit log: workflow steps, restores, schedules, assignments and refusals, newest first. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AuditResource {
  @Inject AuditTrail trail;
  @Inject CurrentActor actor;

  @Operation(summary = "The audit log, newest first, filtered by article, user, time and kind")
  @GET
  public Page<AuditEntry> list(
      @QueryParam("article") String article,
      @QueryParam("user") String user,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("kind") String kind,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    AuditTrail.requireReader(actor.get());
    return trail.read(
        AuditFilter.parse(article, user, from, to, kind), PageRequest.parse(page, size));
  }
}
