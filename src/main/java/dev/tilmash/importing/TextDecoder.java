package dev.tilmash.importing;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import com.ibm.icu.text.Normalizer2;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an uploaded file. Old sites export UTF-8, UTF-16 with a byte-order mark, or (in HTML)
 * whatever charset the page declares; anything else is refused rather than guessed, because a wrong
 * guess would import mojibake as an article. A refusal names what the bytes look like (ICU's
 * charset detector), so the editor knows what to convert from.
 */
final class TextDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF = 2048;
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** The decoded text, and the charset it was decoded from when that was not UTF-8. */
  record Decoded(String text, Optional<String> charset) {}

  private TextDecoder() {}

  /**
   * Decodes {@code bytes} into NFC text with {@code \n} line ends.
   *
   * @throws dev.tilmash.shared.ProblemException rejecting the file as {@code empty}, {@code binary}
   *     or {@code bad-encoding}
   */
  static Decoded decode(byte[] bytes, ImportFormat format) {
    if (bytes.length == 0) {
      throw Rejection.of("empty");
    }
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      offset = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else if (hasNul(bytes)) {
      throw Rejection.of("binary");
    } else if (format == ImportFormat.HTML) {
      charset = declaredCharset(bytes).orElse(StandardCharsets.UTF_8);
    }
    String text = strictly(bytes, offset, charset);
    if (looksBinary(text)) {
      throw Rejection.of("binary");
    }
    String normalized = NFC.normalize(text.replace("\r\n", "\n").replace('\r', '\n'));
    if (normalized.isBlank()) {
      throw Rejection.of("empty");
    }
    boolean unicode = charset.name().startsWith("UTF-");
    return new Decoded(normalized, unicode ? Optional.empty() : Optional.of(charset.name()));
  }

  private static String strictly(byte[] bytes, int offset, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw Rejection.of("encoding", "charset", likelyCharset(bytes));
    }
  }

  private static Optional<Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
    Matcher matcher = META_CHARSET.matcher(head);
    if (!matcher.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(matcher.group(1)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      return Optional.empty();
    }
  }

  private static String likelyCharset(byte[] bytes) {
    CharsetMatch match = new CharsetDetector().setText(bytes).detect();
    return match == null ? "?" : match.getName().toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** Control characters other than tabs, line ends and form feeds are not in text files. */
  private static boolean looksBinary(String text) {
    long controls =
        text.chars()
            .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            .count();
    return controls > 0 && controls * 100 > text.length();
  }
}
