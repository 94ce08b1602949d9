package dev.tilmash.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a request body into a {@link JsonObject} with jakarta.json's streaming parser, refusing
 * what a lenient reader lets through: a document that is not one object, anything after it, a
 * member name twice in one object, nesting deeper than {@value #MAX_DEPTH}, numbers longer than
 * {@value #MAX_NUMBER_LENGTH} characters and strings with unpaired surrogates. The document is
 * walked with an explicit stack, never by recursion, and every refusal names where it happened as a
 * JSON Pointer.
 */
final class StrictJsonParser {
  static final int MAX_DEPTH = 32;
  static final int MAX_NUMBER_LENGTH = 64;

  private final Deque<Frame> open = new ArrayDeque<>();
  private JsonObject document;

  private StrictJsonParser() {}

  /**
   * The object in {@code text}.
   *
   * @throws ProblemException {@code MALFORMED_REQUEST} with the reason and the pointer
   */
  static JsonObject parse(String text) {
    StrictJsonParser walk = new StrictJsonParser();
    try (JsonParser parser = Json.createParser(new StringReader(text))) {
      walk.read(parser);
      if (walk.hasMore(parser)) {
        throw MalformedJson.at(MalformedJson.TRAILING_CONTENT, "");
      }
      return walk.document;
    } catch (JsonParsingException | NoSuchElementException broken) {
      throw MalformedJson.at(MalformedJson.SYNTAX, walk.pointer());
    }
  }

  /**
   * Where reading stopped when {@code prefix} (the well-formed start of a longer body) ran out: the
   * pointer of the value being read, or of the innermost open object or array.
   */
  static String pointerAtEnd(String prefix) {
    StrictJsonParser walk = new StrictJsonParser();
    try (JsonParser parser = Json.createParser(new StringReader(prefix))) {
      walk.read(parser);
    } catch (RuntimeException ended) {
      // The prefix ends inside the document, which is the point: the walk knows where.
    }
    return walk.pointer();
  }

  private void read(JsonParser parser) {
    if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
      throw MalformedJson.at(MalformedJson.NOT_AN_OBJECT, "");
    }
    open.push(Frame.object());
    while (document == null) {
      accept(parser.next(), parser);
    }
  }

  private boolean hasMore(JsonParser parser) {
    try {
      return parser.hasNext();
    } catch (JsonParsingException trailing) {
      return true;
    }
  }

  private void accept(JsonParser.Event event, JsonParser parser) {
    Frame frame = open.peek();
    switch (event) {
      case KEY_NAME -> {
        String key = checked(parser.getString());
        frame.key = key;
        if (!frame.keys.add(key)) {
          throw MalformedJson.at(MalformedJson.DUPLICATE_KEY, pointer());
        }
      }
      case START_OBJECT, START_ARRAY -> {
        frame.next();
        if (open.size() >= MAX_DEPTH) {
          throw MalformedJson.at(MalformedJson.DEPTH, pointer());
        }
        open.push(event == JsonParser.Event.START_OBJECT ? Frame.object() : Frame.array());
      }
      case END_OBJECT, END_ARRAY -> {
        Frame closed = open.pop();
        JsonValue value = closed.build();
        if (open.isEmpty()) {
          document = (JsonObject) value;
        } else {
          open.peek().add(value);
        }
      }
      default -> {
        frame.next();
        frame.add(scalar(event, parser));
      }
    }
  }

  private JsonValue scalar(JsonParser.Event event, JsonParser parser) {
    return switch (event) {
      case VALUE_STRING -> Json.createValue(checked(parser.getString()));
      case VALUE_NUMBER -> {
        if (parser.getString().length() > MAX_NUMBER_LENGTH) {
          throw MalformedJson.wrongType(pointer(), "number");
        }
        yield Json.createValue(parser.getBigDecimal());
      }
      case VALUE_TRUE -> JsonValue.TRUE;
      case VALUE_FALSE -> JsonValue.FALSE;
      default -> JsonValue.NULL;
    };
  }

  /** A string as parsed, unless an escape left half a surrogate pair in it. */
  private String checked(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw MalformedJson.at(MalformedJson.ENCODING, pointer());
      }
    }
    return text;
  }

  /** The JSON Pointer of the value being read. */
  private String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (Iterator<Frame> outward = open.descendingIterator(); outward.hasNext(); ) {
      Frame frame = outward.next();
      if (frame.array != null && frame.index >= 0) {
        pointer.append('/').append(frame.index);
      } else if (frame.object != null && frame.key != null) {
        pointer.append(MalformedJson.segment(frame.key));
      }
    }
    return pointer.toString();
  }

  /** An object or array being read: what it holds so far, and where in it the reader is. */
  private static final class Frame {
    final JsonObjectBuilder object;
    final JsonArrayBuilder array;
    final Set<String> keys = new HashSet<>();
    String key;
    int index = -1;

    private Frame(JsonObjectBuilder object, JsonArrayBuilder array) {
      this.object = object;
      this.array = array;
    }

    static Frame object() {
      return new Frame(Json.createObjectBuilder(), null);
    }

    static Frame array() {
      return new Frame(null, Json.createArrayBuilder());
    }

    /** A value starts: in an array, at the next index; in an object, under the last key. */
    void next() {
      if (array != null) {
        index++;
      }
    }

    void add(JsonValue value) {
      if (array != null) {
        array.add(value);
      } else {
        object.add(key, value);
      }
    }

    JsonValue build() {
      return array != null ? array.build() : object.build();
    }
  }
}
