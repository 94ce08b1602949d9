package dev.tilmash.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.memory.TranslationMemory;
import dev.tilmash.text.MarkdownInlines;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XliffExporterTest {

  private static XliffDocument exported(XliffExporter exporter, XliffExporter.Target target) {
    return exporter.export(
        XliffFixtures.source(3, XliffFixtures.SOURCE), "ru", target, XliffFixtures.NOW);
  }

  private static XliffDocument.Unit unit(XliffDocument document, String id) {
    return document.units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
  }

  private static String target(XliffDocument.Part part) {
    return part.target() == null ? null : MarkdownInlines.canonical(part.target());
  }

  @Test
  void shouldDescribeTheFileItTranslates() {
    XliffDocument document = XliffReader.read(XliffFixtures.export("ru")).document();
    assertEquals("2.1", document.version());
    assertEquals("en", document.sourceLanguage());
    assertEquals("ru", document.targetLanguage());
    assertEquals("3", document.metadata().get("sourceRevision"));
    assertEquals(XliffFixtures.ARTICLE, document.metadata().get("articleId"));
    assertEquals(
        "articles/" + XliffFixtures.ARTICLE + "/versions/en/revisions/3", document.original());
    for (XliffDocument.Unit unit : document.units()) {
      assertEquals(32, unit.metadata().get("sourceHash").length(), unit.id());
      assertTrue(unit.metadata().containsKey("targetHash"), unit.id());
    }
  }

  @Test
  void shouldMakeASegmentPerSentenceWithFormattingAsInlineCodes() {
    String xml = XliffFixtures.text(XliffFixtures.export("ru"));
    assertTrue(
        xml.contains(
            "<source>The <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1\" type=\"fmt\""
                + " subType=\"xlf:b\">Middle Corridor</pc> links"),
        xml);
    assertTrue(xml.contains("<data id=\"d4\">](https://example.org/caucasus \"Route\")</data>"));
    assertTrue(xml.contains("<ph id=\"4\" dataRef=\"d5\" type=\"fmt\" subType=\"tilmash:code\"/>"));
    XliffDocument.Unit paragraph = unit(XliffReader.read(xml.getBytes()).document(), "b1");
    assertEquals(2, paragraph.segments().size());
    assertTrue(paragraph.segments().stream().allMatch(s -> "initial".equals(s.state())));
    assertTrue(paragraph.segments().stream().allMatch(s -> s.target() == null));
    assertTrue(!xml.contains("**") || xml.indexOf("**") > xml.indexOf("<originalData>"));
  }

  @Test
  void shouldPrefillUnchangedSentencesFromThePublishedTranslationAsFinal() {
    XliffExporter exporter = new XliffExporter(null, 0.75, 3);
    XliffDocument document =
        exporter.export(
            XliffFixtures.source(5, XliffFixtures.sourceWithChangedLastParagraph()),
            "ru",
            XliffFixtures.russian("final"),
            XliffFixtures.NOW);
    XliffDocument.Unit first = unit(document, "b1");
    assertEquals(
        "**Средний коридор** связывает *Казахстан* с [Кавказом](https://example.org/caucasus"
            + " \"Route\").",
        target(first.segments().get(0)));
    assertEquals("final", first.segments().get(0).state());
    XliffDocument.Unit changed = unit(document, "b6");
    assertNull(changed.segments().get(0).target());
    assertEquals("initial", changed.segments().get(0).state());
    assertEquals("Он уехал в пятницу.", target(changed.segments().get(1)));
    assertEquals("\"7-12\"", document.metadata().get("versionEtag"));
    assertEquals("4", document.metadata().get("targetRevision"));
  }

  @Test
  void shouldMarkSentencesOfAnApprovedTranslationReviewed() {
    XliffDocument document =
        exported(new XliffExporter(null, 0.75, 3), XliffFixtures.russian("reviewed"));
    assertTrue(
        document.units().stream()
            .flatMap(u -> u.segments().stream())
            .allMatch(s -> "reviewed".equals(s.state()) && s.target() != null));
  }

  @Test
  void shouldKeepAWholeBlockWhenTheTranslationSplitItDifferently() {
    var russian =
        new dev.tilmash.article.VersionContent(
            XliffFixtures.RUSSIAN.title(),
            "Казахстан отгрузил больше пшеницы, а цены не изменились.",
            XliffFixtures.RUSSIAN.body());
    XliffDocument document =
        exported(
            new XliffExporter(null, 0.75, 3),
            new XliffExporter.Target(4, "\"7-12\"", "translated", russian, XliffFixtures.SOURCE));
    XliffDocument.Unit summary = unit(document, "summary");
    assertEquals(1, summary.segments().size());
    assertEquals(
        "Kazakhstan shipped more wheat. Prices held.",
        MarkdownInlines.canonical(summary.segments().get(0).source()));
    assertEquals(
        "Казахстан отгрузил больше пшеницы, а цены не изменились.",
        target(summary.segments().get(0)));
  }

  @Test
  void shouldFillExactMemoryMatchesAndOfferFuzzyOnesAsCandidates() {
    TranslationMemory memory =
        new TranslationMemory() {
          @Override
          public Optional<Match> exact(String from, String to, String text) {
            return text.equals("Prices held.")
                ? Optional.of(new Match(text, "Цены не изменились.", 1.0, "a1", "ru", 2))
                : Optional.empty();
          }

          @Override
          public List<Match> fuzzy(String from, String to, String text, double min, int limit) {
            return text.startsWith("Kazakhstan shipped")
                ? List.of(
                    new Match(
                        "Kazakhstan shipped less wheat.",
                        "Казахстан отгрузил меньше пшеницы.",
                        0.8,
                        "a2",
                        "ru",
                        5))
                : List.of();
          }
        };
    XliffDocument document = exported(new XliffExporter(memory, 0.75, 3), null);
    XliffDocument.Unit summary = unit(document, "summary");
    assertEquals("Цены не изменились.", target(summary.segments().get(1)));
    assertEquals("translated", summary.segments().get(1).state());
    assertEquals(1, summary.matches().size());
    assertEquals("#s1", summary.matches().get(0).ref());
    assertEquals(80.0, summary.matches().get(0).similarity(), 0.001);
    String xml = XliffFixtures.text(XliffWriter.write(document));
    assertTrue(
        xml.contains("<mtc:match id=\"m1\" ref=\"#s1\" similarity=\"80.0\" type=\"tm\""), xml);
  }

  @Test
  void shouldExportWithoutTheMemoryWhenItFails() {
    TranslationMemory broken =
        new TranslationMemory() {
          @Override
          public Optional<Match> exact(String from, String to, String text) {
            throw new IllegalStateException("index not ready");
          }

          @Override
          public List<Match> fuzzy(String from, String to, String text, double min, int limit) {
            throw new IllegalStateException("index not ready");
          }
        };
    XliffDocument document = exported(new XliffExporter(broken, 0.75, 3), null);
    assertEquals(8, document.units().size());
  }

  @Test
  void shouldWriteCharactersXmlCannotHoldAsCodePoints() {
    var content = new dev.tilmash.article.VersionContent("Bell\u0007 title", "", "Body.");
    byte[] xml =
        XliffWriter.write(
            new XliffExporter(null, 0.75, 3)
                .export(XliffFixtures.source(1, content), "ru", null, XliffFixtures.NOW));
    assertTrue(XliffFixtures.text(xml).contains("Bell<cp hex=\"0007\"/> title"));
    assertEquals(
        "Bell\u0007 title",
        MarkdownInlines.plainText(
            XliffReader.read(xml).document().units().get(0).parts().get(0).source()));
  }
}
