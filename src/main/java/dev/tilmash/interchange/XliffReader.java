package dev.tilmash.interchange;

import static dev.tilmash.interchange.XliffDocument.MDA;
import static dev.tilmash.interchange.XliffDocument.NS;

import dev.tilmash.interchange.XliffFinding.Kind;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import dev.tilmash.text.Inline;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XLIFF 2 file sent back by a CAT tool, defensively: DTDs are refused before anything is
 * expanded (so neither external entities nor "billion laughs" can do harm), nesting is bounded, and
 * anything not well-formed is a 400. What a file says about itself is collected in {@link
 * Result#findings()} for the importer to judge.
 *
 * <p>Codes are resolved to their Markdown through {@code <originalData>}; a target code without
 * data of its own borrows it from the source code it copies ({@code copyOf}) or shares its id with.
 */
public final class XliffReader {
  static final int MAX_DEPTH = 64;
  private static final XMLInputFactory FACTORY = factory();

  /** The document and what is wrong with it, short of being unreadable. */
  public record Result(XliffDocument document, List<XliffFinding> findings) {}

  private final XMLStreamReader xml;
  private final List<XliffFinding> findings = new ArrayList<>();
  private final XliffContentReader inline;

  private XliffReader(XMLStreamReader xml) {
    this.xml = xml;
    this.inline = new XliffContentReader(xml);
  }

  /**
   * @throws ProblemException {@code XLIFF_MALFORMED} (400) for a DTD or XML that is not
   *     well-formed, {@code XLIFF_MISMATCH} (422) for well-formed XML that is not one XLIFF 2 file
   */
  public static Result read(byte[] bytes) {
    try {
      XMLStreamReader stream = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
      try {
        return new XliffReader(stream).document();
      } finally {
        stream.close();
      }
    } catch (XMLStreamException e) {
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("reason", "syntax");
      if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
        args.put("line", e.getLocation().getLineNumber());
      }
      throw new ProblemException(ProblemType.XLIFF_MALFORMED, args);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw XliffEvents.refusedDtd();
        });
    return factory;
  }

  private int next() throws XMLStreamException {
    return XliffEvents.next(xml);
  }

  private Result document() throws XMLStreamException {
    int event = xml.getEventType();
    while (event != XMLStreamConstants.START_ELEMENT) {
      if (event == XMLStreamConstants.DTD) {
        throw XliffEvents.refusedDtd();
      }
      event = next();
    }
    if (!NS.equals(xml.getNamespaceURI()) || !"xliff".equals(xml.getLocalName())) {
      throw mismatch(XliffFinding.of(Kind.NOT_XLIFF, "xliff", xml.getLocalName()));
    }
    String version = xml.getAttributeValue(null, "version");
    if (version == null || !version.startsWith("2.")) {
      throw mismatch(XliffFinding.of(Kind.VERSION, "2.0|2.1", version));
    }
    String srcLang = xml.getAttributeValue(null, "srcLang");
    String trgLang = xml.getAttributeValue(null, "trgLang");
    List<XliffDocument> files = new ArrayList<>();
    while (next() != XMLStreamConstants.END_ELEMENT) {
      if (xml.isStartElement()) {
        if (NS.equals(xml.getNamespaceURI()) && "file".equals(xml.getLocalName())) {
          files.add(file(version, srcLang, trgLang));
        } else {
          skip();
        }
      }
    }
    if (files.size() != 1) {
      throw mismatch(XliffFinding.of(Kind.FILE_COUNT, "1", Integer.toString(files.size())));
    }
    return new Result(files.get(0), List.copyOf(findings));
  }

  private static ProblemException mismatch(XliffFinding finding) {
    return new ProblemException(
        ProblemType.XLIFF_MISMATCH, Map.of("count", 1, "problems", List.of(finding.toMap())));
  }

  private XliffDocument file(String version, String srcLang, String trgLang)
      throws XMLStreamException {
    String id = xml.getAttributeValue(null, "id");
    String original = xml.getAttributeValue(null, "original");
    Map<String, String> metadata = new LinkedHashMap<>();
    List<XliffDocument.Unit> units = new ArrayList<>();
    units(metadata, units, 1);
    return new XliffDocument(version, srcLang, trgLang, id, original, metadata, units);
  }

  /**
   * The units of a file or group, groups flattened; the file's metadata on the way. Groups nest at
   * most {@link #MAX_DEPTH} deep, as this recurses once per group.
   */
  private void units(Map<String, String> metadata, List<XliffDocument.Unit> units, int depth)
      throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      throw new XMLStreamException("groups nested too deeply", xml.getLocation());
    }
    while (next() != XMLStreamConstants.END_ELEMENT) {
      if (!xml.isStartElement()) {
        continue;
      }
      String ns = xml.getNamespaceURI();
      String name = xml.getLocalName();
      if (MDA.equals(ns) && "metadata".equals(name)) {
        metadata(metadata);
      } else if (NS.equals(ns) && "unit".equals(name)) {
        units.add(unit());
      } else if (NS.equals(ns) && "group".equals(name)) {
        units(new LinkedHashMap<>(), units, depth + 1);
      } else {
        skip();
      }
    }
  }

  private void metadata(Map<String, String> into) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (MDA.equals(xml.getNamespaceURI()) && "meta".equals(xml.getLocalName())) {
          String type = xml.getAttributeValue(null, "type");
          String value = xml.getElementText();
          if (type != null) {
            into.putIfAbsent(type, value.strip());
          }
        } else {
          depth++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private XliffDocument.Unit unit() throws XMLStreamException {
    String id = xml.getAttributeValue(null, "id");
    String name = xml.getAttributeValue(null, "name");
    Map<String, String> metadata = new LinkedHashMap<>();
    Map<String, String> data = new HashMap<>();
    List<XliffDocument.Part> parts = new ArrayList<>();
    while (next() != XMLStreamConstants.END_ELEMENT) {
      if (!xml.isStartElement()) {
        continue;
      }
      String ns = xml.getNamespaceURI();
      String element = xml.getLocalName();
      if (MDA.equals(ns) && "metadata".equals(element)) {
        metadata(metadata);
      } else if (NS.equals(ns) && "originalData".equals(element)) {
        originalData(data);
      } else if (NS.equals(ns) && ("segment".equals(element) || "ignorable".equals(element))) {
        parts.add(part("segment".equals(element)));
      } else {
        skip();
      }
    }
    String unitId = id == null ? "" : id;
    List<XliffDocument.Part> resolved = new CodeResolver(unitId, data, parts, findings).resolve();
    return new XliffDocument.Unit(unitId, name, metadata, resolved, List.of());
  }

  private void originalData(Map<String, String> data) throws XMLStreamException {
    while (next() != XMLStreamConstants.END_ELEMENT) {
      if (xml.isStartElement()) {
        if (NS.equals(xml.getNamespaceURI()) && "data".equals(xml.getLocalName())) {
          String id = xml.getAttributeValue(null, "id");
          List<Inline> content = inline.content();
          StringBuilder text = new StringBuilder();
          content.forEach(p -> text.append(p instanceof Inline.Text t ? t.text() : ""));
          if (id != null) {
            data.put(id, text.toString());
          }
        } else {
          skip();
        }
      }
    }
  }

  private XliffDocument.Part part(boolean segment) throws XMLStreamException {
    String id = xml.getAttributeValue(null, "id");
    String state = xml.getAttributeValue(null, "state");
    List<Inline> source = List.of();
    List<Inline> target = null;
    int order = 0;
    while (next() != XMLStreamConstants.END_ELEMENT) {
      if (!xml.isStartElement()) {
        continue;
      }
      if (NS.equals(xml.getNamespaceURI()) && "source".equals(xml.getLocalName())) {
        source = inline.content();
      } else if (NS.equals(xml.getNamespaceURI()) && "target".equals(xml.getLocalName())) {
        order = parseOrder(xml.getAttributeValue(null, "order"));
        target = inline.content();
      } else {
        skip();
      }
    }
    return new XliffDocument.Part(segment, id, source, target, state, order);
  }

  private static int parseOrder(String order) {
    try {
      return order == null ? 0 : Integer.parseInt(order.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private void skip() throws XMLStreamException {
    XliffEvents.skip(xml);
  }
}
