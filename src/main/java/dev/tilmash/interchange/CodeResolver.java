package dev.tilmash.interchange;

import dev.tilmash.interchange.XliffFinding.Kind;
import dev.tilmash.text.CodeKind;
import dev.tilmash.text.Inline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every code of a unit read from a file its Markdown: from {@code <originalData>} by
 * reference, else from the source code it copies or shares its id with (CAT tools that rebuild
 * targets sometimes drop the references). A code left without Markdown is reported as {@code
 * unknown-code}: its formatting could not be restored.
 */
final class CodeResolver {
  static final String DATA = "d:";
  static final String COPY = "c:";

  private final String unit;
  private final Map<String, String> data;
  private final List<XliffDocument.Part> parts;
  private final List<XliffFinding> findings;
  private final Map<String, String> sourceData = new HashMap<>();
  private boolean reported;

  CodeResolver(
      String unit,
      Map<String, String> data,
      List<XliffDocument.Part> parts,
      List<XliffFinding> findings) {
    this.unit = unit;
    this.data = data;
    this.parts = parts;
    this.findings = findings;
  }

  List<XliffDocument.Part> resolve() {
    List<XliffDocument.Part> resolved = new ArrayList<>();
    for (XliffDocument.Part part : parts) {
      List<Inline> source = resolve(part.source(), null);
      for (Inline piece : source) {
        if (piece instanceof Inline.Code code && code.data() != null) {
          sourceData.putIfAbsent(key(code, code.id()), code.data());
        }
      }
      resolved.add(
          new XliffDocument.Part(
              part.segment(), part.id(), source, part.target(), part.state(), part.order()));
    }
    List<XliffDocument.Part> done = new ArrayList<>();
    for (XliffDocument.Part part : resolved) {
      List<Inline> target = part.target() == null ? null : resolve(part.target(), sourceData);
      done.add(
          new XliffDocument.Part(
              part.segment(), part.id(), part.source(), target, part.state(), part.order()));
    }
    return done;
  }

  private List<Inline> resolve(List<Inline> content, Map<String, String> borrowed) {
    List<Inline> out = new ArrayList<>(content.size());
    for (Inline piece : content) {
      if (!(piece instanceof Inline.Code code)) {
        out.add(piece);
        continue;
      }
      String value = value(code, borrowed);
      if (value == null) {
        report();
      }
      if (code instanceof Inline.Open) {
        out.add(new Inline.Open(code.id(), value, CodeKind.OTHER));
      } else if (code instanceof Inline.Close) {
        out.add(new Inline.Close(code.id(), value, CodeKind.OTHER));
      } else {
        out.add(new Inline.Placeholder(code.id(), value, CodeKind.OTHER));
      }
    }
    return out;
  }

  private String value(Inline.Code code, Map<String, String> borrowed) {
    String ref = code.data();
    if (ref != null && ref.startsWith(DATA)) {
      return data.get(ref.substring(DATA.length()));
    }
    if (borrowed == null) {
      return null;
    }
    String base = ref != null && ref.startsWith(COPY) ? ref.substring(COPY.length()) : code.id();
    return base == null ? null : borrowed.get(key(code, base));
  }

  private static String key(Inline.Code code, String id) {
    String type = code instanceof Inline.Open ? "o" : code instanceof Inline.Close ? "c" : "p";
    return type + ":" + id;
  }

  private void report() {
    if (!reported) {
      findings.add(XliffFinding.of(Kind.UNKNOWN_CODE, unit));
      reported = true;
    }
  }
}
