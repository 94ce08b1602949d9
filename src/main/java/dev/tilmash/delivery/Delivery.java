package dev.tilmash.delivery;

import java.time.Instant;
import java.util.Map;

/** What delivery answers for one article: the article, or a redirect from an old slug. */
public sealed interface Delivery {

  /**
   * The negotiated article with what its HTTP headers need; {@code alternates} maps every published
   * language to its URL.
   */
  record Found(
      DeliveredArticle article, String etag, Instant lastModified, Map<String, String> alternates)
      implements Delivery {}

  /** The slug asked for was this article's before; {@code slug} is its current one. */
  record Moved(String slug) implements Delivery {}
}
