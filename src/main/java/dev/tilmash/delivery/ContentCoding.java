package dev.tilmash.delivery;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * The content codings a delivery answer is sent in, in the order delivery prefers them when the
 * reader accepts several equally. Each has its own entity tag: the identity tag with a suffix
 * inside the quotes, so a cache that stored one representation never revalidates it as another.
 */
enum ContentCoding {
  BROTLI("br", "-br"),
  GZIP("gzip", "-gz"),
  IDENTITY("identity", "");

  private final String token;
  private final String tagSuffix;
  private final DeliveryAnswer.Header header;

  ContentCoding(String token, String tagSuffix) {
    this.token = token;
    this.tagSuffix = tagSuffix;
    this.header = new DeliveryAnswer.Header(HttpHeaders.CONTENT_ENCODING, token);
  }

  /** The name in {@code Accept-Encoding} and {@code Content-Encoding}. */
  String token() {
    return token;
  }

  /** This representation's entity tag, made from the identity one ({@code "abc"}). */
  String tag(String identityTag) {
    if (tagSuffix.isEmpty()) {
      return identityTag;
    }
    int close = identityTag.length() - 1;
    return identityTag.substring(0, close) + tagSuffix + identityTag.substring(close);
  }

  /** The {@code Content-Encoding} header of a body in this coding; none for identity. */
  DeliveryAnswer.Header contentEncoding() {
    return this == IDENTITY ? null : header;
  }
}
