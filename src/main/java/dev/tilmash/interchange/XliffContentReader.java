package dev.tilmash.interchange;

import static dev.tilmash.interchange.XliffDocument.NS;

import dev.tilmash.text.CodeKind;
import dev.tilmash.text.Inline;
import dev.tilmash.text.MarkdownInlines;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the inline content of an XLIFF {@code <source>}, {@code <target>} or {@code <data>}: text,
 * {@code <cp>} characters, and {@code <ph>}, {@code <pc>}, {@code <sc>}/{@code <ec>} codes, with
 * markers read through. Nesting is bounded like the rest of the file.
 */
final class XliffContentReader {
  private final XMLStreamReader xml;
  private int anonymous;

  XliffContentReader(XMLStreamReader xml) {
    this.xml = xml;
  }

  /** The content up to the end of the current element. */
  List<Inline> content() throws XMLStreamException {
    return content(0);
  }

  /**
   * Mixed content up to the end of the current element. Codes carry the id of their original data
   * for now ({@link CodeResolver} swaps in the data); markers are transparent.
   */
  private List<Inline> content(int depth) throws XMLStreamException {
    if (depth > XliffReader.MAX_DEPTH) {
      throw new XMLStreamException("inline codes nested too deeply", xml.getLocation());
    }
    List<Inline> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = XliffEvents.next(xml);
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        text.append(xml.getText());
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!NS.equals(xml.getNamespaceURI())) {
        XliffEvents.skip(xml);
        continue;
      }
      String element = xml.getLocalName();
      if ("cp".equals(element)) {
        text.appendCodePoint(codePoint(xml.getAttributeValue(null, "hex")));
        XliffEvents.skip(xml);
        continue;
      }
      flush(text, out);
      String id = xml.getAttributeValue(null, "id");
      if (id == null) {
        id = "~" + ++anonymous; // invalid XLIFF, but pairs a <pc> with itself and nothing else
      }
      String copyOf = xml.getAttributeValue(null, "copyOf");
      switch (element) {
        case "ph" -> {
          out.add(new Inline.Placeholder(id, ref("dataRef", copyOf), CodeKind.OTHER));
          XliffEvents.skip(xml);
        }
        case "pc" -> {
          String end = ref("dataRefEnd", copyOf);
          out.add(new Inline.Open(id, ref("dataRefStart", copyOf), CodeKind.OTHER));
          out.addAll(content(depth + 1));
          out.add(new Inline.Close(id, end, CodeKind.OTHER));
        }
        case "sc" -> {
          out.add(new Inline.Open(id, ref("dataRef", copyOf), CodeKind.OTHER));
          XliffEvents.skip(xml);
        }
        case "ec" -> {
          String startRef = xml.getAttributeValue(null, "startRef");
          out.add(
              new Inline.Close(
                  startRef != null ? startRef : id, ref("dataRef", copyOf), CodeKind.OTHER));
          XliffEvents.skip(xml);
        }
        case "mrk" -> out.addAll(content(depth + 1));
        default -> XliffEvents.skip(xml);
      }
    }
    flush(text, out);
    return MarkdownInlines.mergeText(out);
  }

  /** A data reference as {@code "d:<id>"}, or a copy as {@code "c:<id>"}, or null. */
  private String ref(String attribute, String copyOf) {
    String dataRef = xml.getAttributeValue(null, attribute);
    if (dataRef != null) {
      return CodeResolver.DATA + dataRef;
    }
    return copyOf == null ? null : CodeResolver.COPY + copyOf;
  }

  private int codePoint(String hex) throws XMLStreamException {
    try {
      int c = Integer.parseInt(hex == null ? "" : hex.strip(), 16);
      if (c >= 0 && c <= 0x10FFFF) {
        return c;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new XMLStreamException("invalid cp hex " + hex, xml.getLocation());
  }

  private static void flush(StringBuilder text, List<Inline> out) {
    if (!text.isEmpty()) {
      out.add(new Inline.Text(text.toString()));
      text.setLength(0);
    }
  }
}
