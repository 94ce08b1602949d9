package dev.tilmash.delivery;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A delivery answer as it goes on the wire: status, headers and body. It is built in one place for
 * both ways a reader is answered, the resource ({@link DeliveryResource}) and the cache hit that
 * never reaches the REST runtime ({@link CacheHitFilter}), so both send the same bytes.
 */
record DeliveryAnswer(int status, List<Header> headers, byte[] body) {
  private static final String JSON = MediaType.APPLICATION_JSON;

  /** One response header; a name may repeat ({@code Link}). */
  record Header(String name, String value) {}

  /** The negotiated article, or 304 when the reader's copy is still current. */
  static DeliveryAnswer of(
      Delivery.Found found, String cacheControl, String ifNoneMatch, String ifModifiedSince) {
    List<Header> headers = new ArrayList<>(found.headers().size() + 2);
    headers.addAll(found.headers());
    headers.add(new Header(HttpHeaders.CACHE_CONTROL, cacheControl));
    if (Preconditions.notModified(
        found.etag(), found.lastModified(), ifNoneMatch, ifModifiedSince)) {
      return new DeliveryAnswer(Response.Status.NOT_MODIFIED.getStatusCode(), headers, null);
    }
    headers.add(new Header(HttpHeaders.CONTENT_TYPE, JSON));
    return new DeliveryAnswer(Response.Status.OK.getStatusCode(), headers, found.json());
  }

  /** An article's own headers: validators, language, and a {@code Link} per alternate. */
  static List<Header> headers(
      String etag, Instant lastModified, String language, Map<String, String> alternates) {
    List<Header> headers = new ArrayList<>();
    headers.add(new Header(HttpHeaders.ETAG, etag));
    headers.add(new Header(HttpHeaders.LAST_MODIFIED, HttpDates.format(lastModified)));
    headers.add(new Header(HttpHeaders.CONTENT_LANGUAGE, language));
    headers.add(new Header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE));
    alternates.forEach(
        (alternate, url) ->
            headers.add(
                new Header(
                    "Link", "<" + url + ">; rel=\"alternate\"; hreflang=\"" + alternate + "\"")));
    return List.copyOf(headers);
  }

  /** A page of a delivery list. */
  static DeliveryAnswer of(DeliveredList list, String cacheControl) {
    return new DeliveryAnswer(
        Response.Status.OK.getStatusCode(),
        List.of(
            new Header(HttpHeaders.CONTENT_LANGUAGE, list.language()),
            new Header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE),
            new Header(HttpHeaders.CACHE_CONTROL, cacheControl),
            new Header(HttpHeaders.CONTENT_TYPE, JSON)),
        list.json());
  }

  Response toResponse() {
    Response.ResponseBuilder response = Response.status(status).entity(body);
    headers.forEach(header -> response.header(header.name(), header.value()));
    return response.build();
  }

  void writeTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    for (Header header : headers) {
      response.addHeader(header.name(), header.value());
    }
    if (body != null) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }
}
