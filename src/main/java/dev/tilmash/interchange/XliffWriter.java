package dev.tilmash.interchange;

import static dev.tilmash.interchange.XliffDocument.MDA;
import static dev.tilmash.interchange.XliffDocument.MTC;
import static dev.tilmash.interchange.XliffDocument.NS;

import dev.tilmash.text.CodeKind;
import dev.tilmash.text.Inline;
import dev.tilmash.text.MarkdownInlines;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link XliffDocument} as XLIFF 2.1 XML: codes as {@code <pc>} where both ends are in
 * one segment (else {@code <sc>}/{@code <ec>}) and {@code <ph>}, their Markdown in {@code
 * <originalData>}, characters XML cannot hold as {@code <cp>}.
 */
public final class XliffWriter {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private XliffWriter() {}

  public static byte[] write(XliffDocument document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    try {
      XMLStreamWriter w = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.setDefaultNamespace(NS);
      w.setPrefix("mda", MDA);
      w.setPrefix("mtc", MTC);
      w.writeStartElement(NS, "xliff");
      w.writeDefaultNamespace(NS);
      w.writeNamespace("mda", MDA);
      w.writeNamespace("mtc", MTC);
      w.writeAttribute("version", document.version());
      w.writeAttribute("srcLang", document.sourceLanguage());
      w.writeAttribute("trgLang", document.targetLanguage());
      indent(w, 1);
      w.writeStartElement(NS, "file");
      w.writeAttribute("id", document.fileId());
      if (document.original() != null) {
        w.writeAttribute("original", document.original());
      }
      metadata(w, document.metadata(), 2);
      for (XliffDocument.Unit unit : document.units()) {
        unit(w, unit);
      }
      indent(w, 1);
      w.writeEndElement();
      indent(w, 0);
      w.writeEndElement();
      w.writeCharacters("\n");
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XLIFF", e);
    }
    return bytes.toByteArray();
  }

  private static void unit(XMLStreamWriter w, XliffDocument.Unit unit) throws XMLStreamException {
    indent(w, 2);
    w.writeStartElement(NS, "unit");
    w.writeAttribute("id", unit.id());
    if (unit.name() != null) {
      w.writeAttribute("name", unit.name());
    }
    matches(w, unit);
    metadata(w, unit.metadata(), 3);
    Map<String, String> data = dataIds(unit);
    if (!data.isEmpty()) {
      indent(w, 3);
      w.writeStartElement(NS, "originalData");
      for (Map.Entry<String, String> entry : data.entrySet()) {
        indent(w, 4);
        w.writeStartElement(NS, "data");
        w.writeAttribute("id", entry.getValue());
        text(w, entry.getKey());
        w.writeEndElement();
      }
      indent(w, 3);
      w.writeEndElement();
    }
    for (XliffDocument.Part part : unit.parts()) {
      indent(w, 3);
      w.writeStartElement(NS, part.segment() ? "segment" : "ignorable");
      if (part.id() != null) {
        w.writeAttribute("id", part.id());
      }
      if (part.segment() && part.state() != null) {
        w.writeAttribute("state", part.state());
      }
      w.writeStartElement(NS, "source");
      content(w, part.source(), data);
      w.writeEndElement();
      if (part.target() != null) {
        w.writeStartElement(NS, "target");
        content(w, part.target(), data);
        w.writeEndElement();
      }
      w.writeEndElement();
    }
    indent(w, 2);
    w.writeEndElement();
  }

  private static void matches(XMLStreamWriter w, XliffDocument.Unit unit)
      throws XMLStreamException {
    if (unit.matches().isEmpty()) {
      return;
    }
    indent(w, 3);
    w.writeStartElement(MTC, "matches");
    int n = 1;
    for (XliffDocument.Match match : unit.matches()) {
      indent(w, 4);
      w.writeStartElement(MTC, "match");
      w.writeAttribute("id", "m" + n++);
      w.writeAttribute("ref", match.ref());
      w.writeAttribute("similarity", String.format(Locale.ROOT, "%.1f", match.similarity()));
      w.writeAttribute("type", "tm");
      if (match.origin() != null) {
        w.writeAttribute("origin", match.origin());
      }
      w.writeStartElement(NS, "source");
      text(w, match.source());
      w.writeEndElement();
      w.writeStartElement(NS, "target");
      text(w, match.target());
      w.writeEndElement();
      w.writeEndElement();
    }
    indent(w, 3);
    w.writeEndElement();
  }

  private static void metadata(XMLStreamWriter w, Map<String, String> metadata, int depth)
      throws XMLStreamException {
    if (metadata.isEmpty()) {
      return;
    }
    indent(w, depth);
    w.writeStartElement(MDA, "metadata");
    indent(w, depth + 1);
    w.writeStartElement(MDA, "metaGroup");
    w.writeAttribute("category", XliffDocument.CATEGORY);
    for (Map.Entry<String, String> meta : metadata.entrySet()) {
      indent(w, depth + 2);
      w.writeStartElement(MDA, "meta");
      w.writeAttribute("type", meta.getKey());
      text(w, meta.getValue());
      w.writeEndElement();
    }
    indent(w, depth + 1);
    w.writeEndElement();
    indent(w, depth);
    w.writeEndElement();
  }

  /** Each distinct piece of original data once, as {@code d1}, {@code d2}, … */
  private static Map<String, String> dataIds(XliffDocument.Unit unit) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (XliffDocument.Part part : unit.parts()) {
      collect(part.source(), ids);
      if (part.target() != null) {
        collect(part.target(), ids);
      }
    }
    return ids;
  }

  private static void collect(List<Inline> content, Map<String, String> ids) {
    for (Inline piece : content) {
      if (piece instanceof Inline.Code code && code.data() != null) {
        ids.computeIfAbsent(code.data(), d -> "d" + (ids.size() + 1));
      }
    }
  }

  private static void content(XMLStreamWriter w, List<Inline> content, Map<String, String> data)
      throws XMLStreamException {
    content(w, content, 0, content.size(), data);
  }

  private static void content(
      XMLStreamWriter w, List<Inline> content, int from, int to, Map<String, String> data)
      throws XMLStreamException {
    for (int i = from; i < to; i++) {
      Inline piece = content.get(i);
      if (piece instanceof Inline.Text t) {
        text(w, t.text());
      } else if (piece instanceof Inline.Placeholder ph) {
        w.writeEmptyElement(NS, "ph");
        w.writeAttribute("id", ph.id());
        dataRef(w, "dataRef", ph.data(), data);
        kind(w, ph.kind());
      } else if (piece instanceof Inline.Open open) {
        int close = MarkdownInlines.closing(content, i);
        if (close > i && close < to) {
          Inline.Close end = (Inline.Close) content.get(close);
          w.writeStartElement(NS, "pc");
          w.writeAttribute("id", open.id());
          dataRef(w, "dataRefStart", open.data(), data);
          dataRef(w, "dataRefEnd", end.data(), data);
          kind(w, open.kind());
          content(w, content, i + 1, close, data);
          w.writeEndElement();
          i = close;
        } else {
          w.writeEmptyElement(NS, "sc");
          w.writeAttribute("id", open.id());
          dataRef(w, "dataRef", open.data(), data);
          kind(w, open.kind());
        }
      } else if (piece instanceof Inline.Close close) {
        w.writeEmptyElement(NS, "ec");
        w.writeAttribute("startRef", close.id());
        dataRef(w, "dataRef", close.data(), data);
        kind(w, close.kind());
      }
    }
  }

  private static void dataRef(
      XMLStreamWriter w, String attribute, String value, Map<String, String> data)
      throws XMLStreamException {
    if (value != null) {
      w.writeAttribute(attribute, data.get(value));
    }
  }

  private static void kind(XMLStreamWriter w, CodeKind kind) throws XMLStreamException {
    if (kind != null && kind.type() != null) {
      w.writeAttribute("type", kind.type());
      if (kind.subType() != null) {
        w.writeAttribute("subType", kind.subType());
      }
    }
  }

  /** Text, with characters that XML 1.0 cannot carry written as {@code <cp hex="…"/>}. */
  private static void text(XMLStreamWriter w, String text) throws XMLStreamException {
    int start = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (!allowed(c)) {
        if (i > start) {
          w.writeCharacters(text.substring(start, i));
        }
        w.writeEmptyElement(NS, "cp");
        w.writeAttribute("hex", String.format(Locale.ROOT, "%04X", c));
        start = i + width;
      }
      i += width;
    }
    if (start < text.length()) {
      w.writeCharacters(text.substring(start));
    }
  }

  static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(depth));
  }
}
