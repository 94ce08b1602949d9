package dev.tilmash.shared;

import jakarta.annotation.Priority;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Reads every JSON request body of the API, in place of the runtime's lenient JSON-B reader: the
 * body must be UTF-8 (a {@code charset} other than UTF-8 is a 415, a byte that is not UTF-8 a 400),
 * one JSON object with no member twice and nothing after it ({@link StrictJsonParser}), and each
 * value of the type its field takes ({@link RecordBinder}). Every request body is a record, and
 * only records are read here. The body was bounded by {@link BodySizeLimit} before it gets here.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER - 100)
public class StrictJsonReader implements MessageBodyReader<Object> {
  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    requireUtf8(mediaType);
    return read(entityStream.readAllBytes(), type);
  }

  /** The record {@code type} from a body's bytes. */
  static <T> T read(byte[] body, Class<T> type) {
    Utf8Text.Decoded decoded = Utf8Text.decode(body);
    if (decoded.broken()) {
      String before = new String(body, 0, decoded.brokenAt(), StandardCharsets.UTF_8);
      throw MalformedJson.at(MalformedJson.ENCODING, StrictJsonParser.pointerAtEnd(before));
    }
    JsonObject json = StrictJsonParser.parse(decoded.text());
    return RecordBinder.bind(json, type);
  }

  /** JSON is UTF-8 (RFC 8259); a client that says otherwise is told so, not misread. */
  static void requireUtf8(MediaType mediaType) {
    String charset = mediaType == null ? null : mediaType.getParameters().get("charset");
    if (charset == null) {
      return;
    }
    String name = charset.strip().replace("\"", "").toLowerCase(Locale.ROOT);
    if (!name.equals("utf-8") && !name.equals("utf8")) {
      throw new ProblemException(
          ProblemType.UNSUPPORTED_MEDIA_TYPE, Map.of("charset", charset, "supported", "UTF-8"));
    }
  }
}
