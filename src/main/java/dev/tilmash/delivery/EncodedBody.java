package dev.tilmash.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * A delivery answer's body in each coding it is offered in, made once when the answer is rendered
 * and kept with it in {@link DeliveryCache}. A body under {@link #MIN_COMPRESSED} bytes is kept in
 * identity only: compressing it saves less than the headers cost. A compressed form that comes out
 * no smaller than the identity is dropped.
 */
record EncodedBody(byte[] identity, byte[] gzip, byte[] brotli) {
  /** The smallest body worth compressing, in bytes. */
  static final int MIN_COMPRESSED = 1024;

  static EncodedBody of(byte[] identity) {
    if (identity.length < MIN_COMPRESSED) {
      return new EncodedBody(identity, null, null);
    }
    return new EncodedBody(
        identity,
        smaller(Compression.gzip(identity), identity),
        smaller(Compression.brotli(identity), identity));
  }

  /** The codings this body is offered in; always identity. */
  Set<ContentCoding> offered() {
    Set<ContentCoding> offered = EnumSet.of(ContentCoding.IDENTITY);
    if (gzip != null) {
      offered.add(ContentCoding.GZIP);
    }
    if (brotli != null) {
      offered.add(ContentCoding.BROTLI);
    }
    return offered;
  }

  byte[] in(ContentCoding coding) {
    return switch (coding) {
      case IDENTITY -> identity;
      case GZIP -> gzip;
      case BROTLI -> brotli;
    };
  }

  /** The bytes of every representation together: what keeping this body costs. */
  int weight() {
    return identity.length
        + (gzip == null ? 0 : gzip.length)
        + (brotli == null ? 0 : brotli.length);
  }

  private static byte[] smaller(byte[] compressed, byte[] identity) {
    return compressed != null && compressed.length < identity.length ? compressed : null;
  }
}
