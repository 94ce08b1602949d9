package dev.tilmash.signin;

import dev.tilmash.account.AccountService;
import dev.tilmash.account.BasicAuthentication;
import dev.tilmash.account.Role;
import dev.tilmash.account.Scope;
import dev.tilmash.account.TokenGrant;
import dev.tilmash.account.UserAccount;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemResponses;
import dev.tilmash.shared.ProblemType;
import dev.tilmash.shared.ProxySettings;
import dev.tilmash.shared.PublicOrigin;
import dev.tilmash.token.TokenLookup;
import dev.tilmash.token.TokenScopeGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application's one authentication mechanism: it decides who the caller of every request is.
 *
 * <ul>
 *   <li>An {@code Authorization: Basic} header (API clients) is checked by {@link SignInGate}, with
 *       its guard against guessing, on every request; no CSRF token is asked for.
 *   <li>An {@code Authorization: Bearer tlm_…} header (integrations) names an API token, found by
 *       {@link TokenLookup}. A token that acts as a user has that user's roles, read again now, so
 *       a disabled user's token is refused at once. The token's grant is left on the request for
 *       {@code CurrentActor}, and {@link TokenScopeGate} bounds it by its scopes. An unknown,
 *       revoked or expired token is a 401 {@code invalid-token} without a Basic challenge.
 *   <li>Otherwise the console's session cookie ({@link BrowserRequest#SESSION_COOKIE}) names a
 *       {@link ConsoleSession}. An unsafe request with it must come from this site and echo the
 *       session's token in {@code X-CSRF-Token} (403 otherwise). The account is read again on every
 *       request, so a disabled account or a change of roles applies at once.
 *   <li>The console's sign-in ({@code POST /api/v1/session}) is left to {@link SessionService},
 *       which checks the password through the same gate and replaces any session the browser had.
 * </ul>
 *
 * Refusals are the same problem+json as every other error, instead of the container's HTML page; a
 * 401 carries the Basic challenge only for plain API clients (see {@link BrowserRequest}).
 */
@ApplicationScoped
public class CallerAuthentication implements HttpAuthenticationMechanism {
  static final String SESSION_PATH = "/api/v1/session";
  private static final String BEARER = "Bearer ";

  @Inject SignInGate gate;
  @Inject ConsoleSessions sessions;
  @Inject AccountService accounts;
  @Inject ProblemResponses problems;
  @Inject ProxySettings proxy;
  @Inject TokenLookup tokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (BasicAuthentication.present(header)) {
      return basic(BasicAuthentication.credential(header), request, response, context);
    }
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return bearer(header.substring(BEARER.length()).strip(), request, response, context);
    }
    String id = sessionId(request);
    if (id != null && !isSignIn(request)) {
      Optional<ConsoleSession> session = sessions.find(id);
      if (session.isPresent()) {
        return session(id, session.get(), request, response, context);
      }
    }
    return context.isProtected()
        ? write(new ProblemException(ProblemType.UNAUTHENTICATED), request, response)
        : context.doNothing();
  }

  private AuthenticationStatus basic(
      UsernamePasswordCredential credential,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (credential == null) {
      return write(new ProblemException(ProblemType.UNAUTHENTICATED), request, response);
    }
    try {
      return context.notifyContainerAboutLogin(gate.check(credential, request.getRemoteAddr()));
    } catch (ProblemException refused) {
      return write(refused, request, response);
    }
  }

  private AuthenticationStatus bearer(
      String secret,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<TokenGrant> grant = tokens.grant(secret);
    Optional<Set<String>> groups = grant.flatMap(this::groups);
    if (groups.isEmpty()) {
      return write(new ProblemException(ProblemType.INVALID_TOKEN), request, response);
    }
    request.setAttribute(TokenGrant.ATTRIBUTE, grant.get());
    request.setAttribute(TokenScopeGate.PROTECTED, context.isProtected());
    return context.notifyContainerAboutLogin(grant.get().callerName(), groups.get());
  }

  /** The token's groups: its user's roles, or those its scopes stand in for; empty if disabled. */
  private Optional<Set<String>> groups(TokenGrant grant) {
    if (grant.actAs() == null) {
      return Optional.of(
          grant.scopes().stream()
              .map(Scope::standsInFor)
              .filter(java.util.Objects::nonNull)
              .map(Role::id)
              .collect(Collectors.toSet()));
    }
    return accounts
        .find(grant.actAs())
        .filter(UserAccount::enabled)
        .map(account -> account.roles().stream().map(Role::id).collect(Collectors.toSet()));
  }

  private AuthenticationStatus session(
      String id,
      ConsoleSession session,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (BrowserRequest.unsafe(request.getMethod())) {
      if (!new BrowserRequest(request::getHeader).fromOwnSite(ownOrigin(request, proxy))) {
        return refuse(
            new ProblemException(ProblemType.CROSS_ORIGIN_REQUEST), request, response, context);
      }
      if (!session.acceptsToken(request.getHeader(BrowserRequest.CSRF_HEADER))) {
        return refuse(
            new ProblemException(ProblemType.CSRF_TOKEN_MISSING), request, response, context);
      }
    }
    Optional<UserAccount> account = accounts.find(session.username()).filter(UserAccount::enabled);
    if (account.isEmpty()) {
      sessions.end(id);
      return context.isProtected()
          ? write(new ProblemException(ProblemType.UNAUTHENTICATED), request, response)
          : context.doNothing();
    }
    Set<String> groups = account.get().roles().stream().map(Role::id).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(session.username(), groups);
  }

  private static boolean isSignIn(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && SESSION_PATH.equals(path(request));
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The session cookie's value, or null. */
  static String sessionId(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (BrowserRequest.SESSION_COOKIE.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  /**
   * This server's origin as the browser addressed it: behind a proxy the public one ({@link
   * ProxySettings}), as the links in answers use it. Authentication runs before any filter, so it
   * asks the settings rather than the request.
   */
  static String ownOrigin(HttpServletRequest request, ProxySettings proxy) {
    Optional<PublicOrigin> origin = proxy.originOf(request);
    if (origin.isPresent()) {
      return origin.get().url();
    }
    String host = request.getHeader("Host");
    if (host == null) {
      host = request.getServerName() + ":" + request.getServerPort();
    }
    return request.getScheme() + "://" + host;
  }

  private AuthenticationStatus refuse(
      ProblemException refusal,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (!context.isProtected()) {
      // Liberty would go on to a public resource after a failure, and its answer would mix with
      // this one: the REST layer answers the refusal instead (RefusedRequestFilter).
      request.setAttribute(RefusedRequestFilter.REFUSAL, refusal);
      return context.doNothing();
    }
    return write(refusal, request, response);
  }

  /** Writes the refusal as the answer and ends the request there. */
  private AuthenticationStatus write(
      ProblemException refusal, HttpServletRequest request, HttpServletResponse response) {
    var problem =
        problems.response(refusal, request.getHeader("Accept-Language"), request.getRequestURI());
    boolean challenge =
        new BrowserRequest(request::getHeader).mayChallenge(sessionId(request) != null);
    response.setStatus(problem.getStatus());
    problem
        .getStringHeaders()
        .forEach(
            (name, values) -> {
              if (challenge || !name.equalsIgnoreCase("WWW-Authenticate")) {
                response.setHeader(name, values.get(0));
              }
            });
    if (refusal.type() == ProblemType.INVALID_TOKEN) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"tilmash\", error=\"invalid_token\"");
    }
    // Written as counted bytes and closed at once: after a refusal Liberty decodes a "Basic" header
    // itself for its audit record and fails on one that is not Base64, and a closed writer was
    // given a length in characters, which cut off a localized text; the reader must get this
    // whole answer and nothing of that failure.
    byte[] body = ((String) problem.getEntity()).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    try (var out = response.getOutputStream()) {
      out.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
