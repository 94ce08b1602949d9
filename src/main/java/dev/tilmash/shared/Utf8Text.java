package dev.tilmash.shared;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a body that must be UTF-8. A lenient decoder replaces a broken byte with U+FFFD and the
 * damaged text would be stored as if it had been sent; this one reports the first broken byte
 * instead, so the request is refused with where it broke.
 */
final class Utf8Text {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Utf8Text() {}

  /** The text of {@code bytes}, without a leading byte-order mark; or the offset that broke. */
  static Decoded decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      return new Decoded(null, in.position());
    }
    out.flip();
    String text = out.toString();
    return new Decoded(
        !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text, -1);
  }

  /** Decoded text, or ({@code text} null) the offset of the first byte that is not UTF-8. */
  record Decoded(String text, int brokenAt) {
    boolean broken() {
      return text == null;
    }
  }
}
