package dev.tilmash.importing;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578, RFC 2046) strictly, so that a body that is
 * cut off or does not say what it holds is refused whole, before anything is imported, instead of
 * being read as far as it goes. The Content-Type must name a valid boundary; the body must open
 * with it (a preamble before it is skipped) and end with the closing boundary (an epilogue after it
 * is skipped); every part must have its headers, at most {@link #MAX_HEADER_BYTES} of UTF-8, ended
 * by an empty line, with a {@code Content-Disposition: form-data} that names the part; a file name
 * may have at most {@link #MAX_FILE_NAME} characters. Every refusal is a 400 {@code
 * multipart-malformed} with a {@code reason}.
 *
 * <p>It reads a body already in memory: the request body limit of imports bounds it.
 */
final class MultipartBody {
  /** Bytes of the headers of one part. */
  static final int MAX_HEADER_BYTES = 8192;

  /** Characters of a file name, the usual limit of file systems. */
  static final int MAX_FILE_NAME = 255;

  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

  /** One part: its name, its file name (null for a plain field) and its bytes. */
  record Part(String name, String fileName, byte[] content) {}

  private final byte[] body;
  private final byte[] delimiter;

  private MultipartBody(byte[] body, String boundary) {
    this.body = body;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The parts of {@code body}, sent with the Content-Type {@code contentType}.
   *
   * @throws ProblemException {@code multipart-malformed} for a body that cannot be read whole
   */
  static List<Part> read(String contentType, byte[] body) {
    String boundary =
        Optional.ofNullable(contentType)
            .flatMap(HeaderParameters::parse)
            .flatMap(type -> type.get("boundary"))
            .filter(MultipartBody::isBoundary)
            .orElseThrow(() -> malformed("boundary"));
    return new MultipartBody(body, boundary).parts();
  }

  /** RFC 2046: 1 to 70 characters of a small set, not ending in a space. */
  private static boolean isBoundary(String boundary) {
    return boundary.matches("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");
  }

  private List<Part> parts() {
    int at = firstDelimiter();
    List<Part> parts = new ArrayList<>();
    while (true) {
      if (startsWith(at, new byte[] {'-', '-'})) {
        return parts;
      }
      at = afterLineEnd(at);
      int headersEnd = headersEnd(at);
      Map<String, String> headers = PartHeaders.read(body, at, headersEnd);
      int contentStart = headersEnd + HEADERS_END.length;
      int next = indexOf(delimiter, contentStart);
      if (next < 0) {
        throw malformed("unterminated");
      }
      parts.add(part(headers, Arrays.copyOfRange(body, contentStart, next)));
      at = next + delimiter.length;
    }
  }

  /** Just after the first delimiter, which opens the body or follows a preamble's line end. */
  private int firstDelimiter() {
    byte[] opening = Arrays.copyOfRange(delimiter, CRLF.length, delimiter.length);
    if (startsWith(0, opening)) {
      return opening.length;
    }
    int found = indexOf(delimiter, 0);
    if (found < 0) {
      throw malformed("start");
    }
    return found + delimiter.length;
  }

  /** A delimiter line may end in spaces or tabs before its CRLF (RFC 2046 transport padding). */
  private int afterLineEnd(int from) {
    int at = from;
    while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
      at++;
    }
    if (at == body.length) {
      throw malformed("unterminated");
    }
    if (!startsWith(at, CRLF)) {
      throw malformed("headers");
    }
    return at + CRLF.length;
  }

  /**
   * Where the headers starting at {@code from} end (the index of CRLF CRLF; a part without headers
   * starts with the empty line).
   */
  private int headersEnd(int from) {
    if (from >= body.length) {
      throw malformed("unterminated");
    }
    if (startsWith(from, CRLF)) {
      return from - CRLF.length;
    }
    int limit = Math.min(body.length, from + MAX_HEADER_BYTES + HEADERS_END.length);
    for (int i = from; i + HEADERS_END.length <= limit; i++) {
      if (startsWith(i, HEADERS_END)) {
        return i;
      }
      if (startsWith(i, delimiter)) {
        throw malformed("headers");
      }
    }
    if (limit == body.length) {
      throw malformed("headers");
    }
    throw new ProblemException(
        ProblemType.MULTIPART_MALFORMED, Map.of("reason", "headerLength", "max", MAX_HEADER_BYTES));
  }

  private static Part part(Map<String, String> headers, byte[] content) {
    HeaderParameters disposition =
        Optional.ofNullable(headers.get("content-disposition"))
            .flatMap(HeaderParameters::parse)
            .filter(value -> value.value().equals("form-data"))
            .orElseThrow(() -> malformed("name"));
    String name = disposition.get("name").filter(n -> !n.isBlank()).orElse(null);
    if (name == null) {
      throw malformed("name");
    }
    String fileName = disposition.get("filename").orElse(null);
    if (fileName != null && fileName.codePointCount(0, fileName.length()) > MAX_FILE_NAME) {
      throw new ProblemException(
          ProblemType.MULTIPART_MALFORMED,
          Map.of("reason", "fileNameLength", "max", MAX_FILE_NAME));
    }
    return new Part(name, fileName, content);
  }

  private boolean startsWith(int at, byte[] prefix) {
    return at >= 0
        && at + prefix.length <= body.length
        && Arrays.equals(body, at, at + prefix.length, prefix, 0, prefix.length);
  }

  private int indexOf(byte[] pattern, int from) {
    for (int i = Math.max(0, from); i + pattern.length <= body.length; i++) {
      if (body[i] == pattern[0] && startsWith(i, pattern)) {
        return i;
      }
    }
    return -1;
  }

  /** Bytes as strict UTF-8, or empty when they are not. */
  static Optional<String> utf8(byte[] bytes, int from, int to) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, from, to - from))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  static ProblemException malformed(String reason) {
    return new ProblemException(ProblemType.MULTIPART_MALFORMED, Map.of("reason", reason));
  }
}
