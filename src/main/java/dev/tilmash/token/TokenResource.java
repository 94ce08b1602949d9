package dev.tilmash.token;

import dev.tilmash.account.CurrentActor;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins create, list and revoke the API tokens of integrations. Tokens cannot manage tokens. */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "API tokens", description = "Scoped bearer tokens for integrations (admins)")
public class TokenResource {
  @Inject TokenService service;
  @Inject CurrentActor actor;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a token; the answer shows its secret (tlm_…), once")
  public Response create(@Valid @NotNull TokenInput input, @Context UriInfo uri) {
    TokenView created = service.create(actor.get(), input);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "Every token, without secrets")
  public List<TokenView> list() {
    return service.list(actor.get());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One token, without its secret")
  public TokenView get(@PathParam("id") String id) {
    return service.get(actor.get(), id);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Revoke a token: it is refused (401) from now on (204)")
  public Response revoke(@PathParam("id") String id) {
    service.revoke(actor.get(), id);
    return Response.noContent().build();
  }
}
