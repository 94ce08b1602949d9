package dev.tilmash.it.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A valid JSON object for an endpoint, field by field, so that one field can be made wrong. */
public final class JsonShape {
  /** What a field holds, which says what a wrong value for it is. */
  public enum Kind {
    STRING,
    BOOLEAN,
    INTEGER,
    STRINGS,
    INSTANT
  }

  /** One member: its name, kind and a valid JSON literal. */
  public record Field(String name, Kind kind, String literal) {}

  private final List<Field> fields = new ArrayList<>();

  public JsonShape text(String name, String value) {
    fields.add(new Field(name, Kind.STRING, quote(value)));
    return this;
  }

  public JsonShape flag(String name, boolean value) {
    fields.add(new Field(name, Kind.BOOLEAN, String.valueOf(value)));
    return this;
  }

  public JsonShape number(String name, int value) {
    fields.add(new Field(name, Kind.INTEGER, String.valueOf(value)));
    return this;
  }

  public JsonShape texts(String name, String... values) {
    String array =
        List.of(values).stream().map(JsonShape::quote).collect(Collectors.joining(",", "[", "]"));
    fields.add(new Field(name, Kind.STRINGS, array));
    return this;
  }

  public JsonShape instant(String name, String value) {
    fields.add(new Field(name, Kind.INSTANT, quote(value)));
    return this;
  }

  public List<Field> fields() {
    return List.copyOf(fields);
  }

  public List<Field> fields(Kind kind) {
    return fields.stream().filter(f -> f.kind() == kind).toList();
  }

  public String render() {
    return render(fields);
  }

  /** The object with one member's literal replaced (the member keeps its place). */
  public String with(Field field, String literal) {
    List<Field> changed = new ArrayList<>();
    for (Field f : fields) {
      changed.add(f == field ? new Field(f.name(), f.kind(), literal) : f);
    }
    return render(changed);
  }

  /**
   * The object's UTF-8 bytes with {@code raw} bytes spliced into one member's text (the first
   * element of a list of texts).
   */
  public byte[] withRawBytes(Field field, byte[] raw) {
    String marker = "\u0001SPLICE\u0001";
    String value = quote("x" + marker + "y");
    String text = with(field, field.kind() == Kind.STRINGS ? "[" + value + "]" : value);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String escapedMarker = quote(marker);
    String inner = escapedMarker.substring(1, escapedMarker.length() - 1);
    int at = text.indexOf(inner);
    byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] after = text.substring(at + inner.length()).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + raw.length);
    out.writeBytes(before);
    out.writeBytes(raw);
    out.writeBytes(after);
    return out.toByteArray();
  }

  private static String render(List<Field> members) {
    return members.stream()
        .map(f -> quote(f.name()) + ":" + f.literal())
        .collect(Collectors.joining(",", "{", "}"));
  }

  public static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
