package dev.tilmash.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What delivery answers for one article, ready to send: the negotiated article as JSON bytes with
 * its validators, or a redirect from an old slug.
 */
public sealed interface Delivery {
  String articleId();

  /**
   * The negotiated article; {@code alternates} maps every published language to its URL for the
   * {@code Link} headers. {@code body} is the JSON in each coding it is offered in, and {@code
   * headers} are each coding's own response headers (its entity tag differs), both made once when
   * it is rendered rather than on every cache hit.
   */
  record Found(
      String articleId,
      String language,
      EncodedBody body,
      String etag,
      Instant lastModified,
      Map<String, String> alternates,
      Map<ContentCoding, List<DeliveryAnswer.Header>> headers)
      implements Delivery {

    Found(
        String articleId,
        String language,
        byte[] json,
        String etag,
        Instant lastModified,
        Map<String, String> alternates) {
      this(
          articleId,
          language,
          EncodedBody.of(json),
          etag,
          lastModified,
          alternates,
          DeliveryAnswer.headers(etag, lastModified, language, alternates));
    }

    /** The article's JSON, not compressed. */
    byte[] json() {
      return body.identity();
    }
  }

  /** The slug asked for was this article's before; {@code slug} is its current one. */
  record Moved(String articleId, String slug) implements Delivery {}
}
