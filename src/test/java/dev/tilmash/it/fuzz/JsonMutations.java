package dev.tilmash.it.fuzz;

import static dev.tilmash.it.fuzz.Variant.refused;

import dev.tilmash.it.fuzz.JsonShape.Field;
import dev.tilmash.it.fuzz.JsonShape.Kind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * JSON that a strict reader refuses, each a 400 naming the problem (a charset other than UTF-8 a
 * 415): trailing garbage, arrays, duplicate keys, wrong types, invalid UTF-8, huge numbers.
 */
final class JsonMutations {
  private static final List<Map.Entry<String, UnaryOperator<String>>> SYNTAX =
      List.of(
          Map.entry("wrapped in an array", json -> "[" + json + "]"),
          Map.entry("trailing ]", json -> json + "]"),
          Map.entry("trailing garbage", json -> json + "garbage"),
          Map.entry("a second object", json -> json + " {}"),
          Map.entry("unclosed", json -> json.substring(0, json.length() - 1)),
          Map.entry("trailing comma", json -> json.substring(0, json.length() - 1) + ",}"),
          Map.entry("a comment", json -> "{/* c */" + json.substring(1)),
          Map.entry("single quotes", json -> json.replaceFirst("\"([a-zA-Z]+)\":", "'$1':")),
          Map.entry("unquoted name", json -> json.replaceFirst("\"([a-zA-Z]+)\":", "$1:")),
          Map.entry("leading garbage", json -> "x" + json),
          Map.entry("null", json -> "null"),
          Map.entry("a string", json -> "\"text\""),
          Map.entry("a number", json -> "42"),
          Map.entry("NaN", json -> json.replaceFirst(":(\"[^\"]*\"|true|false|\\d+)", ":NaN")));
  private static final Map<Kind, List<String>> WRONG =
      Map.of(
          Kind.STRING, List.of("5", "true", "{}", "[\"x\"]", "1.5"),
          Kind.BOOLEAN, List.of("\"yes\"", "\"false\"", "1", "\"true\"", "[]"),
          Kind.INTEGER, List.of("\"1\"", "true", "[1]", "{}"),
          Kind.STRINGS, List.of("\"fuzz\"", "[5]", "[null]", "[true]", "{\"a\":1}"),
          Kind.INSTANT, List.of("5", "true", "\"tomorrow\"", "\"2026-13-45T99:00:00Z\""));
  private static final List<byte[]> BAD_UTF8 =
      List.of(
          new byte[] {(byte) 0xC3, 0x28},
          new byte[] {(byte) 0xFF, (byte) 0xFE},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0xC0, (byte) 0xAF},
          new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0x80},
          new byte[] {(byte) 0xE2, (byte) 0x82});
  private static final List<String> CHARSETS =
      List.of("UTF-16", "UTF-16LE", "ISO-8859-1", "windows-1251", "UTF-32", "US-ASCII");
  private static final List<String> HUGE =
      List.of("99999999999999999999", "1e400", "-1e400", "1.5", "2147483648", "0", "-0", "999");

  private JsonMutations() {}

  static List<Variant> syntax() {
    return SYNTAX.stream()
        .map(e -> refused(e.getKey(), (r, b) -> json(r, e.getValue().apply(b.shape().render()))))
        .toList();
  }

  static List<Variant> duplicateKeys() {
    return List.of(
        refused(
            "a member twice",
            (r, b) -> {
              JsonShape shape = b.shape();
              Field field = b.pick(shape.fields());
              String json = shape.render();
              String twice = JsonShape.quote(field.name()) + ":" + field.literal() + ",";
              return json(r, "{" + twice + json.substring(1));
            }));
  }

  static List<Variant> wrongTypes() {
    return List.of(
        refused(
            "a member of the wrong type",
            (r, b) -> {
              JsonShape shape = b.shape();
              Field field = b.pick(shape.fields());
              String wrong = b.pick(WRONG.get(field.kind()));
              return json(r, shape.with(field, wrong)).note(field.name() + ": " + wrong);
            }));
  }

  static List<Variant> invalidUtf8() {
    List<Variant> variants = new ArrayList<>();
    for (byte[] bad : BAD_UTF8) {
      variants.add(
          refused(
              "bytes " + hex(bad),
              (r, b) -> {
                JsonShape shape = b.shape();
                List<Field> texts = new ArrayList<>(shape.fields(Kind.STRING));
                texts.addAll(shape.fields(Kind.INSTANT));
                texts.addAll(shape.fields(Kind.STRINGS));
                Field field = b.pick(texts);
                return r.body("application/json", shape.withRawBytes(field, bad))
                    .note("in " + field.name());
              }));
    }
    return variants;
  }

  static List<Variant> charsets() {
    return CHARSETS.stream()
        .map(
            name ->
                refused(
                    "charset=" + name,
                    (r, b) -> {
                      String json = b.shape().render();
                      byte[] encoded = json.getBytes(Charset.forName(name));
                      return r.body("application/json; charset=" + name, encoded);
                    }))
        .toList();
  }

  static List<Variant> hugeNumbers() {
    return HUGE.stream()
        .map(
            number ->
                refused(
                    "number " + number,
                    (r, b) -> {
                      JsonShape shape = b.shape();
                      List<Field> numbers = shape.fields(Kind.INTEGER);
                      Field field = b.pick(numbers.isEmpty() ? shape.fields() : numbers);
                      return json(r, shape.with(field, number)).note("in " + field.name());
                    }))
        .toList();
  }

  private static RawRequest json(RawRequest request, String text) {
    return request.body("application/json", text.getBytes(StandardCharsets.UTF_8));
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%02X", b & 0xff));
    }
    return out.toString();
  }
}
