package dev.tilmash.interchange;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.article.VersionContent;
import dev.tilmash.memory.TranslationMemory;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * Exports validate against the OASIS XLIFF 2 core schema and the schemas of the modules they use
 * (metadata, translation candidates), as shipped in okapi-lib-xliff2, and pass okapi's own maximal
 * validation (schemas plus the specification's processing constraints).
 */
class XliffSchemaTest {
  private static final String XSD = "/net/sf/okapi/lib/xliff2/";
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      return factory.newSchema(
          new Source[] {
            source("xliff_core_2.0.xsd"),
            source("modules/metadata.xsd"),
            source("modules/matches.xsd")
          });
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Source source(String name) {
    URL url = XLIFFReader.class.getResource(XSD + name);
    return new StreamSource(url.toExternalForm());
  }

  static void validate(byte[] xliff) throws Exception {
    SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xliff)));
    try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
      reader.open(new ByteArrayInputStream(xliff));
      while (reader.hasNext()) {
        reader.next();
      }
    }
  }

  @Test
  void shouldValidateAFreshExport() {
    assertDoesNotThrow(() -> validate(XliffFixtures.export("ru")));
  }

  @Test
  void shouldValidateEveryDemoArticlePrefilledFromItsTranslation() throws Exception {
    XliffExporter exporter = new XliffExporter(new CandidateMemory(), 0.75, 3);
    for (String name : DemoArticles.NAMES) {
      VersionContent english = DemoArticles.load(name, "en");
      for (String lang : List.of("ru", "kk", "uz", "zh")) {
        XliffDocument document =
            exporter.export(
                new XliffExporter.Source("a-" + name, "en", 2, english),
                lang,
                new XliffExporter.Target(
                    3, "\"1-1\"", "final", DemoArticles.load(name, lang), english),
                XliffFixtures.NOW);
        long filled =
            document.units().stream()
                .flatMap(u -> u.segments().stream())
                .filter(p -> p.target() != null)
                .count();
        assertEquals(
            document.units().stream().mapToLong(u -> u.segments().size()).sum(),
            filled,
            name + " → " + lang + ": every sentence comes from the demo translation");
        byte[] xliff = XliffWriter.write(document);
        try {
          validate(xliff);
        } catch (Exception e) {
          throw new AssertionError(name + " → " + lang + ": " + e.getMessage(), e);
        }
      }
    }
  }

  @Test
  void shouldValidateWhatTheCatToolWroteBack() {
    assertDoesNotThrow(() -> validate(CatTool.translate(XliffFixtures.export("kk"))));
  }

  /** Offers a fuzzy candidate for every sentence, so the matches module is exercised. */
  private static final class CandidateMemory implements TranslationMemory {
    @Override
    public Optional<Match> exact(String from, String to, String text) {
      return Optional.empty();
    }

    @Override
    public List<Match> fuzzy(String from, String to, String text, double min, int limit) {
      return List.of(new Match(text + " (older)", "<b>&" + text, 0.81, "a", to, 1));
    }
  }

  @Test
  void shouldRejectAFileTheSchemaForbids() {
    byte[] broken =
        XliffFixtures.text(XliffFixtures.export("ru"))
            .replace("<segment id=\"s1\" state=\"initial\">", "<segment id=\"s1\" state=\"done\">")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThrows(Exception.class, () -> validate(broken));
  }
}
