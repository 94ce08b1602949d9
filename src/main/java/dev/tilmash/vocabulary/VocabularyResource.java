package dev.tilmash.vocabulary;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.SignedIn;
import dev.tilmash.shared.IfMatch;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Editors manage the vocabulary: tags and sections with a label and slug per language. */
@Path("/vocabulary/{kind}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "Vocabulary", description = "Tags and sections, translated")
public class VocabularyResource {
  private static final String KIND = "tags or sections";

  @Inject VocabularyService service;
  @Inject CurrentActor actor;

  @GET
  @SignedIn
  @Operation(summary = "Every term of the kind, by key")
  public List<TermView> list(@Parameter(description = KIND) @PathParam("kind") String kind) {
    return service.list(TermKind.ofCollection(kind));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a term with its labels (editors; 201 + Location and ETag)")
  public Response create(
      @PathParam("kind") String kind, @Valid @NotNull TermInput input, @Context UriInfo uri) {
    TermView.Tagged created = service.create(actor.get(), TermKind.ofCollection(kind), input);
    return tagged(
        Response.created(uri.getAbsolutePathBuilder().path(created.view().key()).build()), created);
  }

  @GET
  @SignedIn
  @Path("/{key}")
  @Operation(summary = "One term, with its ETag")
  public Response get(@PathParam("kind") String kind, @PathParam("key") String key) {
    return tagged(Response.ok(), service.get(TermKind.ofCollection(kind), key));
  }

  @PUT
  @Path("/{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace a term's labels (editors; If-Match required)")
  public Response change(
      @PathParam("kind") String kind,
      @PathParam("key") String key,
      @Valid @NotNull TermInput input,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    TermKind termKind = TermKind.ofCollection(kind);
    return tagged(
        Response.ok(), service.change(actor.get(), termKind, key, input, IfMatch.of(ifMatch)));
  }

  @DELETE
  @Path("/{key}")
  @Operation(summary = "Delete a term no article uses (editors; 204, 409 while in use)")
  public Response delete(
      @PathParam("kind") String kind,
      @PathParam("key") String key,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    service.delete(actor.get(), TermKind.ofCollection(kind), key, IfMatch.of(ifMatch));
    return Response.noContent().build();
  }

  private static Response tagged(Response.ResponseBuilder response, TermView.Tagged term) {
    return response.header(HttpHeaders.ETAG, term.etag()).entity(term.view()).build();
  }
}
