package dev.tilmash.account;

import dev.tilmash.language.LanguageSet;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Admins manage users, their roles and their language scopes. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class UserResource {
  @Inject AccountService accounts;
  @Inject CurrentActor actor;
  @Inject LanguageSet languages;

  /** A user as admins see it; never the password hash. */
  public record UserView(
      String username,
      String displayName,
      boolean enabled,
      Set<Role> roles,
      Set<String> languages) {
    static UserView of(UserAccount a) {
      return new UserView(a.username(), a.displayName(), a.enabled(), a.roles(), a.languages());
    }
  }

  /** The body of POST /users. */
  public record UserInput(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9._-]+") String username,
      @NotBlank @Size(min = 8, max = 200) String password,
      @Size(max = 200) String displayName,
      @NotNull Set<@NotNull Role> roles,
      Set<@NotBlank String> languages) {
    NewUser toNewUser(Set<String> scope) {
      return new NewUser(username, password, displayName, roles, scope);
    }
  }

  /** The body of PUT /users/{username}. */
  public record AccessInput(
      @NotNull Set<@NotNull Role> roles,
      Set<@NotBlank String> languages,
      Boolean enabled,
      @Size(min = 8, max = 200) String password) {}

  @GET
  public List<UserView> list() {
    actor.get().require(Role.ADMIN);
    return accounts.all().stream().map(UserView::of).toList();
  }

  @POST
  public Response create(@Valid @NotNull UserInput input, @Context UriInfo uri) {
    actor.get().require(Role.ADMIN);
    UserAccount created = accounts.create(input.toNewUser(scope(input.languages())));
    return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
        .entity(UserView.of(created))
        .build();
  }

  @PUT
  @Path("/{username}")
  public UserView change(
      @PathParam("username") String username, @Valid @NotNull AccessInput input) {
    actor.get().require(Role.ADMIN);
    return UserView.of(
        accounts.changeAccess(
            username,
            input.roles(),
            scope(input.languages()),
            !Boolean.FALSE.equals(input.enabled()),
            input.password()));
  }

  private Set<String> scope(Set<String> requested) {
    if (requested == null) {
      return Set.of();
    }
    return requested.stream()
        .map(tag -> languages.requireInBody("languages", tag).tag())
        .collect(Collectors.toSet());
  }
}
