package dev.tilmash.interchange;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.Scope;
import dev.tilmash.account.ScopeRequired;
import dev.tilmash.account.SignedIn;
import dev.tilmash.shared.IfMatch;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * One language version as an XLIFF 2.1 file: export for a CAT tool, import of its work.
 *
 * <p>The file's resource shares the version's ETag: a GET answers with it (when the translation
 * exists) and records it in the file, and a PUT needs it in {@code If-Match} exactly like a PUT of
 * the version (428 without, 412 when someone saved the version since), or {@code If-None-Match: *}
 * to create the translation. A file that comes back after days in a CAT tool therefore never
 * overwrites edits made in the meantime without the translator seeing it.
 */
@Path("/articles/{id}/versions/{lang}/xliff")
@SecurityRequirement(name = "basic")
public class XliffResource {
  public static final String XLIFF = "application/xliff+xml";

  @Inject XliffExportService exports;
  @Inject XliffImportService imports;
  @Inject CurrentActor actor;

  @PathParam("id")
  String articleId;

  @PathParam("lang")
  String lang;

  @SignedIn
  @GET
  @Produces({XLIFF, MediaType.APPLICATION_XML})
  @ScopeRequired(Scope.XLIFF_READ)
  public Response export() {
    actor.get().requireCovers(lang);
    XliffExportService.Export export = exports.export(articleId, lang);
    Response.ResponseBuilder response =
        Response.ok(export.xliff(), XLIFF + ";charset=UTF-8")
            .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    return export.etag() == null
        ? response.build()
        : response.header(HttpHeaders.ETAG, export.etag()).build();
  }

  @PUT
  @ScopeRequired(Scope.XLIFF_WRITE)
  @Consumes({XLIFF, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Produces(MediaType.APPLICATION_JSON)
  public Response importFile(
      byte[] xliff,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @HeaderParam("If-None-Match") String ifNoneMatch,
      @QueryParam("force") String force,
      @QueryParam("submit") String submit,
      @Context UriInfo uri) {
    XliffImportView view =
        imports.importFile(
            actor.get(),
            articleId,
            lang,
            xliff,
            IfMatch.of(ifMatch, ifNoneMatch),
            ImportOptions.of(force, submit));
    return XliffResponses.imported(view, uri);
  }
}
