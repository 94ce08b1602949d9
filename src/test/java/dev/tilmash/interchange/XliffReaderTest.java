package dev.tilmash.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import dev.tilmash.text.Inline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile and broken files: a clear 400 or 422, never an expanded entity, never a 500. */
class XliffReaderTest {
  private static final String HEAD =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\""
          + " trgLang=\"ru\"><file id=\"f\"><unit id=\"title\"><segment><source>Title</source>"
          + "<target>";
  private static final String TAIL = "</target></segment></unit></file></xliff>";

  private static ProblemException refused(String xml) {
    return assertThrows(
        ProblemException.class, () -> XliffReader.read(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldRefuseExternalEntities() {
    ProblemException problem =
        refused(
            "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + HEAD
                + "&xxe;"
                + TAIL);
    assertEquals(ProblemType.XLIFF_MALFORMED, problem.type());
    assertEquals("dtd", problem.arguments().get("reason"));
  }

  @Test
  void shouldRefuseABillionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE xliff [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    ProblemException problem = refused(dtd + HEAD + "&lol9;" + TAIL);
    assertEquals(ProblemType.XLIFF_MALFORMED, problem.type());
    assertEquals("dtd", problem.arguments().get("reason"));
  }

  @Test
  void shouldRefuseAnExternalDtd() {
    ProblemException problem =
        refused("<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:1/evil.dtd\">" + HEAD + "x" + TAIL);
    assertEquals("dtd", problem.arguments().get("reason"));
  }

  @Test
  void shouldRefuseXmlThatIsNotWellFormed() {
    ProblemException problem = refused(HEAD + "<b>unclosed" + TAIL);
    assertEquals(ProblemType.XLIFF_MALFORMED, problem.type());
    assertEquals("syntax", problem.arguments().get("reason"));
  }

  @Test
  void shouldRefuseDeeplyNestedCodes() {
    String nested = "<pc id=\"1\">".repeat(200) + "x" + "</pc>".repeat(200);
    assertEquals("syntax", refused(HEAD + nested + TAIL).arguments().get("reason"));
  }

  @Test
  void shouldRefuseDeeplyNestedGroups() {
    String nested =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\""
            + " trgLang=\"ru\"><file id=\"f\">"
            + "<group id=\"g\">".repeat(20_000)
            + "</group>".repeat(20_000)
            + "</file></xliff>";
    assertEquals("syntax", refused(nested).arguments().get("reason"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldTellWellFormedXmlThatIsNotXliff() {
    ProblemException problem = refused("<html><body>Hello</body></html>");
    assertEquals(ProblemType.XLIFF_MISMATCH, problem.type());
    assertEquals(
        "not-xliff",
        ((List<Map<String, Object>>) problem.arguments().get("problems")).get(0).get("kind"));
  }

  @Test
  void shouldRefuseXliff1() {
    ProblemException problem =
        refused(
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file/></xliff>");
    assertEquals(ProblemType.XLIFF_MISMATCH, problem.type());
  }

  @Test
  void shouldReadUnitsInGroupsAndCodePointsAndMarkers() {
    String xml =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\""
            + " trgLang=\"ru\"><file id=\"f\"><group id=\"g\"><unit id=\"b1\"><segment>"
            + "<source>A<cp hex=\"0001\"/>B</source><target><mrk id=\"m\" translate=\"no\">C</mrk>D"
            + "</target></segment></unit></group></file></xliff>";
    XliffDocument document = XliffReader.read(xml.getBytes(StandardCharsets.UTF_8)).document();
    XliffDocument.Part part = document.units().get(0).parts().get(0);
    assertEquals(List.of(new Inline.Text("A\u0001B")), part.source());
    assertEquals(List.of(new Inline.Text("CD")), part.target());
  }
}
