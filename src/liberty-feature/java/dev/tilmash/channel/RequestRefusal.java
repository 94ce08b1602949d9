package dev.tilmash.channel;

import com.ibm.wsspi.http.HttpContainer;
import com.ibm.wsspi.http.HttpInboundConnection;
import com.ibm.wsspi.http.HttpRequest;
import com.ibm.wsspi.http.HttpResponse;
import com.ibm.wsspi.http.VirtualHost;
import dev.tilmash.shared.BasicCredentials;
import dev.tilmash.shared.RequestTarget;
import dev.tilmash.signin.BrowserRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Answers, at Liberty's HTTP dispatcher and before the web container sees the request, the
 * requests that Liberty would otherwise answer or fail on itself, with the application's problem:
 *
 * <ul>
 *   <li>A malformed path ({@link RequestTarget}): {@code malformed-uri}. The web container refuses
 *       such a path itself, before it chooses an application: {@code
 *       com.ibm.ws.webcontainer.WebContainer.handleRequest} decodes the path ({@code WSURLDecoder})
 *       and, on Servlet 6, canonicalises it ({@code RequestUtils.canonicalizeURI}: control
 *       characters, {@code ..} above the root, {@code ..;}), and on failure writes its own {@code
 *       CWWWC0005I} answer. No filter, error page or configuration of the application is consulted
 *       there.
 *   <li>A Basic {@code Authorization} header that holds no credential ({@link BasicCredentials}):
 *       {@code unauthenticated}, as the application's mechanism answers it. After any refusal,
 *       Liberty's security layer decodes a Basic header again for its audit record ({@code
 *       WebProviderAuthenticatorProxy}) and fails on one that does not decode to {@code
 *       user:password}, which writes an FFDC; refused here, the request never gets there.
 * </ul>
 *
 * The dispatcher asks every {@link HttpContainer} registered on a virtual host, in order of
 * registration, for a handler; this one is registered when the host appears, before any
 * application adds its context root, so it is asked first. It declines (null) every other request.
 */
public class RequestRefusal implements HttpContainer {
  /** Every context root: the rule holds for the whole server, not one application. */
  private static final String ALL = "/";

  private static final String CHALLENGE = "Basic realm=\"tilmash\", charset=\"UTF-8\"";

  /** Declarative Services: a virtual host appeared. */
  protected void setVirtualHost(VirtualHost host) {
    host.addContextRoot(ALL, this);
  }

  /** Declarative Services: a virtual host went away. */
  protected void unsetVirtualHost(VirtualHost host) {
    host.removeContextRoot(ALL, this);
  }

  @Override
  public Runnable createRunnableHandler(HttpInboundConnection connection) {
    Optional<Problem> problem = refusal(connection.getRequest());
    return problem.<Runnable>map(found -> () -> answer(connection, found)).orElse(null);
  }

  private static Optional<Problem> refusal(HttpRequest request) {
    String language = request.getHeader("Accept-Language");
    Optional<String> target = RequestTarget.refusal(request.getURI(), null);
    if (target.isPresent()) {
      return Optional.of(Problem.malformedUri(target.get(), language));
    }
    if (BasicCredentials.malformed(request.getHeader("Authorization"))) {
      boolean sessionCookie = request.getCookie(BrowserRequest.SESSION_COOKIE) != null;
      boolean challenge = new BrowserRequest(request::getHeader).mayChallenge(sessionCookie);
      return Optional.of(
          Problem.unauthenticated(
              language, challenge ? Map.of("WWW-Authenticate", CHALLENGE) : Map.of()));
    }
    return Optional.empty();
  }

  private static void answer(HttpInboundConnection connection, Problem problem) {
    HttpResponse response = connection.getResponse();
    byte[] body = problem.body();
    response.setStatus(problem.status());
    response.setReason(problem.reasonPhrase());
    response.setHeader("Content-Type", "application/problem+json;charset=UTF-8");
    response.setHeader("Content-Language", problem.language());
    problem.headers().forEach(response::setHeader);
    // The request's body (if any) is never read: the connection ends with this answer.
    response.setHeader("Connection", "close");
    response.setContentLength(body.length);
    try (OutputStream out = response.getBody()) {
      out.write(body);
    } catch (IOException clientGone) {
      connection.finish(clientGone);
      return;
    }
    connection.finish(null);
  }
}
