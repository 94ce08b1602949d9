package dev.tilmash.webhook;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.Scope;
import dev.tilmash.account.ScopeRequired;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins manage the webhook endpoints of client sites, and see and repeat their deliveries. */
@Path("/webhooks")
@ScopeRequired(Scope.WEBHOOKS_MANAGE)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "Webhooks", description = "Signed event notifications (Standard Webhooks)")
public class WebhookResource {
  @Inject WebhookService service;
  @Inject DeliveryLog log;
  @Inject CurrentActor actor;

  @GET
  @Operation(summary = "Every webhook endpoint (admins)")
  public List<WebhookView> list() {
    return service.list(actor.get());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an endpoint; the answer shows its signing secret, once")
  public Response create(@Valid @NotNull WebhookInput input, @Context UriInfo uri) {
    WebhookView.Tagged created = service.create(actor.get(), input);
    return tagged(
        Response.created(uri.getAbsolutePathBuilder().path(created.view().id()).build()), created);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One endpoint, with its ETag")
  public Response get(@PathParam("id") String id) {
    return tagged(Response.ok(), service.get(actor.get(), id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace an endpoint's URL, events, languages and enabled (If-Match required)")
  public Response change(
      @PathParam("id") String id,
      @Valid @NotNull WebhookInput input,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return tagged(Response.ok(), service.change(actor.get(), id, input, ifMatch));
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete an endpoint and its delivery log (204)")
  public Response delete(@PathParam("id") String id) {
    service.delete(actor.get(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/secret")
  @Operation(summary = "Rotate the signing secret; the old one signs on during the grace period")
  public Response rotate(@PathParam("id") String id) {
    return tagged(Response.ok(), service.rotate(actor.get(), id));
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(summary = "The endpoint's delivery log, newest first")
  public Page<DeliveryView> deliveries(
      @PathParam("id") String id,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return log.deliveries(actor.get(), id, PageRequest.parse(page, size));
  }

  @POST
  @Path("/{id}/deliveries/{delivery}/redeliver")
  @Operation(summary = "Send a message again, with the same webhook-id (202)")
  public Response redeliver(@PathParam("id") String id, @PathParam("delivery") String delivery) {
    return Response.accepted(log.redeliver(actor.get(), id, delivery)).build();
  }

  @POST
  @Path("/{id}/ping")
  @Operation(summary = "Send a webhook.ping test event (202)")
  public Response ping(@PathParam("id") String id) {
    return Response.accepted(log.ping(actor.get(), id)).build();
  }

  private static Response tagged(Response.ResponseBuilder response, WebhookView.Tagged endpoint) {
    return response.header(HttpHeaders.ETAG, endpoint.etag()).entity(endpoint.view()).build();
  }
}
