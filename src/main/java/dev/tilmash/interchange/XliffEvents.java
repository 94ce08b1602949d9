package dev.tilmash.interchange;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Moving through an XLIFF file: no DTD and no entity reference is ever let through. */
final class XliffEvents {
  private XliffEvents() {}

  static ProblemException refusedDtd() {
    return new ProblemException(ProblemType.XLIFF_MALFORMED, Map.of("reason", "dtd"));
  }

  static int next(XMLStreamReader xml) throws XMLStreamException {
    int event = xml.next();
    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw refusedDtd();
    }
    return event;
  }

  /** Skips the current element and everything in it. */
  static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = next(xml);
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }
}
