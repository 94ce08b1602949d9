package dev.tilmash.channel;

import com.ibm.wsspi.http.HttpContainer;
import com.ibm.wsspi.http.HttpInboundConnection;
import com.ibm.wsspi.http.HttpRequest;
import com.ibm.wsspi.http.HttpResponse;
import com.ibm.wsspi.http.VirtualHost;
import dev.tilmash.shared.RequestTarget;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Answers a request whose path is malformed ({@link RequestTarget}) with the application's {@code
 * malformed-uri} problem, at Liberty's HTTP dispatcher, before the web container sees it.
 *
 * <p>The web container refuses such a path itself, before it chooses an application: {@code
 * com.ibm.ws.webcontainer.WebContainer.handleRequest} decodes the path ({@code WSURLDecoder}) and,
 * on Servlet 6, canonicalises it ({@code RequestUtils.canonicalizeURI}: control characters, {@code
 * ..} above the root, {@code ..;}), and on failure writes its own {@code CWWWC0005I} answer. No
 * filter, error page or configuration of the application is consulted there. The dispatcher asks
 * every {@link HttpContainer} registered on a virtual host, in order of registration, for a
 * handler; this one is registered when the host appears, before any application adds its context
 * root, so it is asked first. It declines (null) every request whose path is acceptable.
 */
public class TargetRefusal implements HttpContainer {
  /** Every context root: the rule holds for the whole server, not one application. */
  private static final String ALL = "/";

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
    HttpRequest request = connection.getRequest();
    Optional<String> reason = RequestTarget.refusal(request.getURI(), null);
    if (reason.isEmpty()) {
      return null;
    }
    Problem problem = Problem.malformedUri(reason.get(), request.getHeader("Accept-Language"));
    return () -> answer(connection, problem);
  }

  private static void answer(HttpInboundConnection connection, Problem problem) {
    HttpResponse response = connection.getResponse();
    byte[] body = problem.body();
    response.setStatus(problem.status());
    response.setReason("Bad Request");
    response.setHeader("Content-Type", "application/problem+json;charset=UTF-8");
    response.setHeader("Content-Language", problem.language());
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
