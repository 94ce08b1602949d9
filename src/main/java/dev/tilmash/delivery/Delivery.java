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
   * {@code Link} headers. {@code headers} are this answer's own response headers, written out once
   * when it is rendered rather than on every cache hit.
   */
  record Found(
      String articleId,
      String language,
      byte[] json,
      String etag,
      Instant lastModified,
      Map<String, String> alternates,
      List<DeliveryAnswer.Header> headers)
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
          json,
          etag,
          lastModified,
          alternates,
          DeliveryAnswer.headers(etag, lastModified, language, alternates));
    }
  }

  /** The slug asked for was this article's before; {@code slug} is its current one. */
  record Moved(String articleId, String slug) implements Delivery {}
}
