package dev.tilmash.token;

import dev.tilmash.account.CurrentActor;
import dev.tilmash.account.Scope;
import dev.tilmash.account.ScopeRequired;
import dev.tilmash.account.TokenGrant;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Bounds what an API token can do, before any resource method runs: a token reaches a protected
 * method only when the method (or its class) is marked {@link ScopeRequired} with one of the
 * token's scopes; an unmarked protected method is a 403 {@code token-refused}, a marked one without
 * the scope a 403 {@code token-scope-missing}. Public resources (published content) stay public. A
 * use of a management scope is audited here, with the token's name.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TokenScopeGate implements ContainerRequestFilter {
  /** Set by the authentication mechanism when the request's resource needs a signed-in caller. */
  public static final String PROTECTED = TokenScopeGate.class.getName() + ".protected";

  @Context ResourceInfo resource;
  @Context HttpServletRequest request;
  @Inject CurrentActor actor;
  @Inject TokenAudit audit;

  @Override
  public void filter(ContainerRequestContext context) {
    TokenGrant grant = actor.token();
    if (grant == null) {
      return;
    }
    ScopeRequired required = required();
    if (required == null) {
      if (Boolean.TRUE.equals(request.getAttribute(PROTECTED))) {
        throw new ProblemException(ProblemType.TOKEN_REFUSED);
      }
      return;
    }
    Optional<Scope> used =
        Arrays.stream(required.value()).filter(grant.scopes()::contains).findFirst();
    if (used.isEmpty()) {
      throw new ProblemException(
          ProblemType.TOKEN_SCOPE_MISSING,
          Map.of(
              "scope",
              Arrays.stream(required.value()).map(Scope::id).collect(Collectors.joining(" | "))));
    }
    if (used.get().management()) {
      audit.used(
          actor.get().username(),
          grant,
          used.get(),
          context.getMethod(),
          path(context.getUriInfo().getPath()));
    }
  }

  /** The path under the API root with one leading slash, whichever way the runtime gives it. */
  static String path(String path) {
    return path.startsWith("/") ? path : "/" + path;
  }

  private ScopeRequired required() {
    if (resource.getResourceMethod() == null) {
      return null;
    }
    ScopeRequired onMethod = resource.getResourceMethod().getAnnotation(ScopeRequired.class);
    return onMethod != null
        ? onMethod
        : resource.getResourceClass().getAnnotation(ScopeRequired.class);
  }
}
