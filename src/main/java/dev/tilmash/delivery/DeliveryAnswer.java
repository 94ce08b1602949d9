package dev.tilmash.delivery;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A delivery answer as it goes on the wire: status, headers and body. It is built in one place for
 * both ways a reader is answered, the resource ({@link DeliveryResource}) and the cache hit that
 * never reaches the REST runtime ({@link CacheHitFilter}), so both send the same bytes. The body is
 * picked from the ready representations by {@code Accept-Encoding}, never compressed here.
 */
record DeliveryAnswer(int status, List<Header> headers, byte[] body) {
  private static final String JSON = MediaType.APPLICATION_JSON;

  /** Every delivery answer varies with both: language and coding are negotiated. */
  static final String VARY = HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.ACCEPT_ENCODING;

  /** One response header; a name may repeat ({@code Link}). */
  record Header(String name, String value) {}

  /**
   * The negotiated article in the best coding the reader accepts, or 304 when the reader's copy of
   * any acceptable representation is still current; the 304 carries that representation's tag.
   */
  static DeliveryAnswer of(
      Delivery.Found found,
      String cacheControl,
      String ifNoneMatch,
      String ifModifiedSince,
      String acceptEncoding) {
    List<ContentCoding> acceptable =
        AcceptEncoding.acceptable(acceptEncoding, found.body().offered());
    for (ContentCoding coding : acceptable) {
      if (Preconditions.notModified(
          coding.tag(found.etag()), found.lastModified(), ifNoneMatch, ifModifiedSince)) {
        List<Header> headers = withCacheControl(found.headers().get(coding), cacheControl, 0);
        return new DeliveryAnswer(Response.Status.NOT_MODIFIED.getStatusCode(), headers, null);
      }
    }
    ContentCoding coding = acceptable.get(0);
    List<Header> headers = withCacheControl(found.headers().get(coding), cacheControl, 2);
    addContent(headers, coding);
    return new DeliveryAnswer(Response.Status.OK.getStatusCode(), headers, found.body().in(coding));
  }

  /**
   * An article's own headers for each coding: validators (the tag per coding), language, {@code
   * Vary}, and a {@code Link} per alternate.
   */
  static Map<ContentCoding, List<Header>> headers(
      String etag, Instant lastModified, String language, Map<String, String> alternates) {
    List<Header> shared = new ArrayList<>();
    shared.add(new Header(HttpHeaders.LAST_MODIFIED, HttpDates.format(lastModified)));
    shared.add(new Header(HttpHeaders.CONTENT_LANGUAGE, language));
    shared.add(new Header(HttpHeaders.VARY, VARY));
    alternates.forEach(
        (alternate, url) ->
            shared.add(
                new Header(
                    "Link", "<" + url + ">; rel=\"alternate\"; hreflang=\"" + alternate + "\"")));
    Map<ContentCoding, List<Header>> byCoding = new EnumMap<>(ContentCoding.class);
    for (ContentCoding coding : ContentCoding.values()) {
      List<Header> headers = new ArrayList<>(shared.size() + 1);
      headers.add(new Header(HttpHeaders.ETAG, coding.tag(etag)));
      headers.addAll(shared);
      byCoding.put(coding, List.copyOf(headers));
    }
    return byCoding;
  }

  /** A page of a delivery list, in the best coding the reader accepts. */
  static DeliveryAnswer of(DeliveredList list, String cacheControl, String acceptEncoding) {
    ContentCoding coding = AcceptEncoding.acceptable(acceptEncoding, list.body().offered()).get(0);
    List<Header> headers = new ArrayList<>(6);
    headers.add(new Header(HttpHeaders.CONTENT_LANGUAGE, list.language()));
    headers.add(new Header(HttpHeaders.VARY, VARY));
    headers.add(new Header(HttpHeaders.CACHE_CONTROL, cacheControl));
    addContent(headers, coding);
    return new DeliveryAnswer(Response.Status.OK.getStatusCode(), headers, list.body().in(coding));
  }

  private static List<Header> withCacheControl(List<Header> own, String cacheControl, int more) {
    List<Header> headers = new ArrayList<>(own.size() + 1 + more);
    headers.addAll(own);
    headers.add(new Header(HttpHeaders.CACHE_CONTROL, cacheControl));
    return headers;
  }

  private static void addContent(List<Header> headers, ContentCoding coding) {
    headers.add(new Header(HttpHeaders.CONTENT_TYPE, JSON));
    if (coding.contentEncoding() != null) {
      headers.add(coding.contentEncoding());
    }
  }

  Response toResponse() {
    Response.ResponseBuilder response = Response.status(status).entity(body);
    headers.forEach(header -> response.header(header.name(), header.value()));
    return response.build();
  }

  /** Writes the answer; for {@code HEAD} ({@code withBody} false) its length but not its bytes. */
  void writeTo(HttpServletResponse response, boolean withBody) throws IOException {
    response.setStatus(status);
    for (Header header : headers) {
      response.addHeader(header.name(), header.value());
    }
    if (body != null) {
      response.setContentLength(body.length);
      if (withBody) {
        response.getOutputStream().write(body);
      }
    }
  }
}
