package dev.tilmash.signin;

import dev.tilmash.shared.ProxySettings;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.Principal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The console's sign-in: a session cookie and a CSRF token instead of HTTP Basic, which makes a
 * browser show its own dialog and cannot sign out. The rules are in {@link CallerAuthentication}.
 */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
  @Inject SessionService service;
  @Inject ProxySettings proxy;
  @Context HttpServletRequest request;

  @POST
  @Operation(
      summary = "Sign in to the console",
      description =
          "Checks the password (429 with Retry-After after too many wrong ones from one address),"
              + " sets the HttpOnly, SameSite=Strict session cookie under a new id and answers the"
              + " user with the csrfToken that unsafe requests must send in X-CSRF-Token.")
  public Response signIn(@Valid @NotNull SignInInput input) {
    boolean fromOwnSite =
        new BrowserRequest(request::getHeader)
            .fromOwnSite(CallerAuthentication.ownOrigin(request, proxy));
    SessionService.SignedIn signedIn =
        service.signIn(
            input, request.getRemoteAddr(), fromOwnSite, CallerAuthentication.sessionId(request));
    return Response.ok(signedIn.view())
        .header(HttpHeaders.SET_COOKIE, SessionCookie.issue(signedIn.id(), request.isSecure()))
        .build();
  }

  @GET
  @SecurityRequirement(name = "session")
  @Operation(summary = "The signed-in console user, or 401")
  public SessionView current() {
    return service.current(CallerAuthentication.sessionId(request));
  }

  @DELETE
  @SecurityRequirement(name = "session")
  @Operation(summary = "Sign out of the console (204)")
  public Response signOut() {
    Principal caller = request.getUserPrincipal();
    service.signOut(
        CallerAuthentication.sessionId(request), caller == null ? null : caller.getName());
    return Response.noContent()
        .header(HttpHeaders.SET_COOKIE, SessionCookie.clear(request.isSecure()))
        .build();
  }
}
