package dev.tilmash.importing;

import dev.tilmash.account.CurrentActor;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Imports articles from an old site for editors: files as {@code multipart/form-data} parts, or one
 * zip archive. Answers 200 with a report per file, also when some or all files failed. The form is
 * read by the import itself ({@link MultipartBody}), not by the REST runtime, so that a broken form
 * is refused whole and in the API's own words.
 */
@Path("/" + ImportSettings.PATH)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ImportResource {
  @Inject ImportService imports;
  @Inject ImportReportJson json;
  @Inject CurrentActor actor;
  @Context HttpHeaders headers;

  @Operation(
      summary = "Import an old site's articles from a form upload, each file as a DRAFT article")
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response form(
      byte[] body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      @QueryParam("language") String language,
      @QueryParam("tags") List<String> tags) {
    return report(imports.importForm(actor.get(), type, body, language, tags));
  }

  @Operation(
      summary = "Import an old site's articles from one zip archive, each file as a DRAFT article")
  @POST
  @Consumes({"application/zip", "application/x-zip-compressed"})
  public Response zip(
      InputStream zip,
      @QueryParam("language") String language,
      @QueryParam("tags") List<String> tags) {
    return report(imports.importZip(actor.get(), zip, language, tags));
  }

  private Response report(ImportReport report) {
    String body =
        json.render(report, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).toString();
    return Response.ok(body, MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
  }
}
