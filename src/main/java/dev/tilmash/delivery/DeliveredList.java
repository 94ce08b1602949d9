package dev.tilmash.delivery;

/**
 * A page of a delivery list, ready to send in each coding it is offered in, and the language it is
 * in.
 */
public record DeliveredList(EncodedBody body, String language) {
  /** Compresses {@code json} once, here. */
  public DeliveredList(byte[] json, String language) {
    this(EncodedBody.of(json), language);
  }

  /** The page's JSON, not compressed. */
  byte[] json() {
    return body.identity();
  }
}
