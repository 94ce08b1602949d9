package dev.tilmash.account;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemResponses;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * HTTP Basic authentication that answers a missing or wrong password with the same problem+json as
 * every other error, instead of the container's HTML error page.
 */
@ApplicationScoped
public class BasicAuthentication implements HttpAuthenticationMechanism {
  private static final String SCHEME = "Basic ";
  private static final Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9+/]+=*");

  @Inject IdentityStoreHandler identityStores;
  @Inject ProblemResponses problems;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      // Exactly "Basic <token>": Liberty reads the header again after this mechanism and fails on
      // any other spacing, so such a header is refused here.
      String token = header.substring(SCHEME.length());
      UsernamePasswordCredential credential =
          TOKEN68.matcher(token).matches() ? decode(token) : null;
      if (credential == null) {
        return refuse(request, response);
      }
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return refuse(request, response);
    }
    return context.isProtected() ? refuse(request, response) : context.doNothing();
  }

  private static UsernamePasswordCredential decode(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon > 0
          ? new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1))
          : null;
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
    var problem =
        problems.response(
            new ProblemException(ProblemType.UNAUTHENTICATED),
            request.getHeader("Accept-Language"),
            request.getRequestURI());
    response.setStatus(problem.getStatus());
    problem.getStringHeaders().forEach((name, values) -> response.setHeader(name, values.get(0)));
    response.setCharacterEncoding("UTF-8");
    try {
      // Written and closed at once: after a refusal Liberty decodes a "Basic" header itself for
      // its audit record and fails on one that is not Base64; the reader must get this 401 and
      // nothing of that failure.
      var writer = response.getWriter();
      writer.write((String) problem.getEntity());
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
