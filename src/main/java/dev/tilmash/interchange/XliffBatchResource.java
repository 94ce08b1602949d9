package dev.tilmash.interchange;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.SignedIn;
import dev.tilmash.article.EditorialFilter;
import dev.tilmash.shared.Parameters;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemResponses;
import dev.tilmash.shared.ProblemType;
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
import java.util.List;
import java.util.Map;
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
    Boolean outdated = Parameters.flag("outdated", outdatedParam);
    boolean missing = Parameters.isSet("missing", missingParam);
    if (language == null || language.isBlank()) {
      throw new ProblemException(ProblemType.INVALID_FIELD, Map.of("fields", List.of("language")));
    }
    if (missing && (state != null || outdated != null)) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", List.of("missing", "state", "outdated")));
    }
    byte[] zip =
        service.exportZip(
            new XliffSelection.Filter(
                language, EditorialFilter.parseState(state), outdated, q, missing));
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
        Parameters.isSet("force", force),
        Parameters.isSet("submit", submit),
        new ProblemResponses.FailedRequest(
            headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
            "POST",
            uri.getRequestUri().getRawPath(),
            caller.username()));
  }
}
