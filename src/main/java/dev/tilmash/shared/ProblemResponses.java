package dev.tilmash.shared;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders a {@link ProblemException} as RFC 9457 {@code application/problem+json}: a stable {@code
 * type}, a localized {@code title} and {@code detail}, and the problem's arguments as extension
 * members. Nothing else in the application builds an error body.
 */
@ApplicationScoped
public class ProblemResponses {
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

  private final Messages messages = new Messages();

  @Inject Event<RefusedAttempt> refusals;

  /**
   * Any failure of a request as a problem; what cannot be classified is logged and answered as a
   * 500. A refusal (403) of a signed-in user is also announced for the audit log.
   */
  public Response failure(Throwable failure, FailedRequest request) {
    return response(problem(failure, request), request.acceptLanguage(), request.path());
  }

  /**
   * The problem a failure of a request is: classified, logged and audited exactly as {@link
   * #failure} does, for answers that carry several problems (one per file of a batch) and render
   * each with {@link #body}.
   */
  public ProblemException problem(Throwable failure, FailedRequest request) {
    ProblemException problem = ProblemClassifier.classify(failure);
    if (problem == null || problem.type() == ProblemType.INTERNAL) {
      LOG.log(Level.SEVERE, "Unexpected failure", failure);
      problem = new ProblemException(ProblemType.INTERNAL);
    }
    if (problem.type().status() == 403 && request.user() != null) {
      refusals.fire(new RefusedAttempt(request.user(), request.method(), request.path(), problem));
    }
    return problem;
  }

  /** What the error path knows of the request that failed. */
  public record FailedRequest(String acceptLanguage, String method, String path, String user) {
    /** The request a resource is answering, for failures it reports inside a 2xx (batches). */
    public static FailedRequest of(HttpHeaders headers, UriInfo uri, String user) {
      return new FailedRequest(
          headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE),
          "POST",
          uri.getRequestUri().getRawPath(),
          user);
    }
  }

  public Response response(ProblemException problem, String acceptLanguage, String instance) {
    ULocale locale = messages.localeFor(acceptLanguage);
    Response.ResponseBuilder builder =
        Response.status(problem.type().status())
            .type(MEDIA_TYPE + ";charset=UTF-8")
            .header("Content-Language", locale.toLanguageTag())
            .entity(body(problem, locale, instance).toString());
    if (problem.type() == ProblemType.UNAUTHENTICATED) {
      builder.header("WWW-Authenticate", "Basic realm=\"tilmash\", charset=\"UTF-8\"");
    }
    if (problem.type() == ProblemType.BODY_TOO_LARGE) {
      // The body is not read: the connection ends with this answer (RFC 9110, 15.5.14).
      builder.header("Connection", "close");
    }
    if (problem.arguments().get("retryAfter") instanceof Number seconds) {
      builder.header("Retry-After", seconds.longValue());
    }
    return builder.build();
  }

  /**
   * Writes a rendered problem straight to a servlet response: for the filters and error pages that
   * answer before the REST runtime runs, or instead of the container's own error page.
   */
  public static void write(Response problem, HttpServletResponse response) throws IOException {
    byte[] body = ((String) problem.getEntity()).getBytes(StandardCharsets.UTF_8);
    response.resetBuffer();
    response.setStatus(problem.getStatus());
    problem.getStringHeaders().forEach((name, values) -> response.setHeader(name, values.get(0)));
    response.setContentLength(body.length);
    OutputStream out = response.getOutputStream();
    out.write(body);
    out.flush();
  }

  /** The problem+json body of {@code problem}, localized for {@code acceptLanguage}. */
  public JsonObject body(ProblemException problem, String acceptLanguage, String instance) {
    return body(problem, messages.localeFor(acceptLanguage), instance);
  }

  public JsonObject body(ProblemException problem, ULocale locale, String instance) {
    String slug = problem.type().slug();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", problem.type().uri())
            .add(
                "title", messages.format("problem." + slug + ".title", locale, problem.arguments()))
            .add("status", problem.type().status())
            .add(
                "detail",
                messages.format("problem." + slug + ".detail", locale, problem.arguments()));
    if (instance != null) {
      json.add("instance", instance);
    }
    problem.arguments().forEach((name, value) -> json.add(name, toJson(value)));
    return json.build();
  }

  public Messages messages() {
    return messages;
  }

  private static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Collection<?> items) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      items.forEach(item -> array.add(toJson(item)));
      return array.build();
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
      return object.build();
    }
    return Json.createValue(String.valueOf(value));
  }
}
