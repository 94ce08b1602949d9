package dev.tilmash.interchange;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.SignedIn;
import dev.tilmash.shared.ProblemResponses;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Many articles at once, one XLIFF file each, zipped: a translation agency's job. */
@Path("/xliff")
@SecurityRequirement(name = "basic")
public class XliffBatchResource {
  static final String ZIP = "application/zip";

  @Inject XliffBatchService service;
  @Inject CurrentActor actor;

  @SignedIn
  @GET
  @Produces(ZIP)
  public Response export(
      @QueryParam("language") String language,
      @QueryParam("state") String state,
      @QueryParam("outdated") String outdatedParam,
      @QueryParam("q") String q,
      @QueryParam("missing") String missingParam) {
    byte[] zip =
        service.exportZip(
            XliffSelection.Filter.parse(language, state, outdatedParam, q, missingParam));
    return Response.ok(zip, ZIP)
        .header("Content-Disposition", "attachment; filename=\"xliff-" + language + ".zip\"")
        .build();
  }

  @POST
  @Consumes({ZIP, "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject importZip(
      byte[] zip,
      @QueryParam("force") String force,
      @QueryParam("submit") String submit,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    var caller = actor.get();
    return service.importZip(
        caller,
        zip,
        ImportOptions.of(force, submit),
        ProblemResponses.FailedRequest.of(headers, uri, caller.username()));
  }
}
