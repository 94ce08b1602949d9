package dev.tilmash.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.article.VersionContent;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import dev.tilmash.text.MarkdownBody;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Imports of files a CAT tool (okapi's XLIFF 2 reader and writer) filled in. The file is always
 * made from source revision 3 ({@link XliffFixtures#SOURCE}); the tests vary what the source is
 * now.
 */
class XliffImporterTest {
  private static final int FILE = 3;

  private static XliffImporter.Plan plan(
      byte[] file, int current, VersionContent now, boolean force, boolean submit) {
    XliffImporter importer = new XliffImporter(XliffReader.read(file));
    int revision = importer.sourceRevision(XliffFixtures.ARTICLE, "en", "ru");
    assertEquals(FILE, revision);
    return importer.plan(revision, XliffFixtures.SOURCE, current, now, force, submit);
  }

  private static XliffImporter.Plan plan(byte[] file) {
    return plan(file, FILE, XliffFixtures.SOURCE, false, false);
  }

  private static byte[] edit(byte[] file, String from, String to) {
    String xml = XliffFixtures.text(file);
    assertTrue(xml.contains(from), from);
    return xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static List<String> kinds(ProblemException problem) {
    return ((List<Map<String, Object>>) problem.arguments().get("problems"))
        .stream()
            .map(p -> p.get("kind") + (p.containsKey("unit") ? ":" + p.get("unit") : ""))
            .toList();
  }

  @Test
  void shouldTurnACatToolsTranslationBackIntoMarkdownThatKeepsItsFormatting() {
    XliffImporter.Plan plan = plan(CatTool.translate(XliffFixtures.export("ru")));
    assertEquals("Граин експортс рисе", plan.content().title());
    assertEquals("Казакхстан схиппед море ухеат. Прицес хелд.", plan.content().summary());
    String html = MarkdownBody.toSafeHtml(plan.content().body());
    assertTrue(
        html.contains("Тхе <strong>Миддле Цорридор</strong> линкс <em>Казакхстан</em>"), html);
    assertTrue(
        html.contains("<a href=\"https://example.org/caucasus\" rel=\"noopener\">тхе Цауцасус</a>"),
        html);
    assertTrue(html.contains("<code>12</code>"), html);
    assertTrue(html.contains("<h2>Фигурес</h2>"), html);
    assertTrue(html.contains("<li>абоут <strong>4 миллион</strong> тоннес</li>"), html);
    assertTrue(html.contains("<blockquote>"), html);
    assertTrue(html.contains("<pre><code>code stays\n</code></pre>"), html);
    assertEquals(FILE, plan.basedOnSourceRevision());
    assertFalse(plan.merged());
    assertEquals(List.of(), plan.untranslatedUnits());
  }

  @Test
  void shouldImportAnUntouchedExportOfATranslationAsTheSameWords() {
    byte[] file =
        XliffFixtures.export(
            XliffFixtures.source(FILE, XliffFixtures.SOURCE), "ru", XliffFixtures.russian("final"));
    XliffImporter.Plan plan = plan(file);
    assertEquals(XliffFixtures.RUSSIAN.title(), plan.content().title());
    assertEquals(XliffFixtures.RUSSIAN.summary(), plan.content().summary());
    assertEquals(
        MarkdownBody.toSafeHtml(XliffFixtures.RUSSIAN.body()),
        MarkdownBody.toSafeHtml(plan.content().body()));
  }

  @Test
  void shouldRefuseUnitsTranslatedFromASourceThatHasChangedSince() {
    byte[] file = CatTool.translate(XliffFixtures.export("ru"));
    ProblemException stale =
        assertThrows(
            ProblemException.class,
            () -> plan(file, 5, XliffFixtures.sourceWithChangedLastParagraph(), false, false));
    assertEquals(ProblemType.XLIFF_STALE, stale.type());
    assertEquals(List.of("b6"), stale.arguments().get("staleUnits"));
    assertEquals(3, stale.arguments().get("fileRevision"));
    assertEquals(5, stale.arguments().get("sourceRevision"));
  }

  @Test
  void shouldKeepAForcedImportBasedOnTheFilesSourceRevision() {
    byte[] file = CatTool.translate(XliffFixtures.export("ru"));
    XliffImporter.Plan plan =
        plan(file, 5, XliffFixtures.sourceWithChangedLastParagraph(), true, false);
    assertEquals(FILE, plan.basedOnSourceRevision());
    assertEquals(List.of("b6"), plan.forcedUnits());
    assertTrue(plan.merged());
    assertTrue(plan.content().body().contains("Мр. Смитх арривед он Мондаы."));
  }

  @Test
  void shouldMergeWhenTheChangedUnitsWereLeftAsExported() {
    byte[] file =
        CatTool.translate(
            XliffFixtures.export("ru"),
            (unit, text) -> unit.equals("b6") ? null : text.toUpperCase());
    XliffImporter.Plan plan =
        plan(file, 5, XliffFixtures.sourceWithChangedLastParagraph(), false, false);
    assertTrue(plan.merged());
    assertEquals(FILE, plan.basedOnSourceRevision());
    assertEquals(List.of("b6"), plan.untranslatedUnits());
    assertFalse(plan.content().body().contains("MONDAY"), plan.content().body());
    assertTrue(plan.content().body().contains("**MIDDLE CORRIDOR**"));
  }

  @Test
  void shouldNotCountUnitsAsStaleWhenAParagraphWasInsertedAbove() {
    VersionContent inserted =
        new VersionContent(
            XliffFixtures.SOURCE.title(),
            XliffFixtures.SOURCE.summary(),
            "A new first paragraph.\n\n" + XliffFixtures.SOURCE.body());
    XliffImporter.Plan plan =
        plan(CatTool.translate(XliffFixtures.export("ru")), 5, inserted, false, false);
    assertEquals(List.of(), plan.forcedUnits());
    assertEquals(FILE, plan.basedOnSourceRevision(), "the new paragraph is still untranslated");
  }

  @Test
  void shouldBaseTheImportOnTheNewSourceWhenNoTranslatableTextChanged() {
    VersionContent codeOnly =
        new VersionContent(
            XliffFixtures.SOURCE.title(),
            XliffFixtures.SOURCE.summary(),
            XliffFixtures.SOURCE.body().replace("code stays", "code changed"));
    XliffImporter.Plan plan =
        plan(CatTool.translate(XliffFixtures.export("ru")), 4, codeOnly, false, false);
    assertEquals(4, plan.basedOnSourceRevision());
    assertTrue(plan.content().body().contains("code changed"));
  }

  @Test
  void shouldListMissingExtraAndDuplicateUnits() {
    byte[] file = CatTool.translate(XliffFixtures.export("ru"));
    String xml = XliffFixtures.text(file);
    int start = xml.indexOf("<unit id=\"b2\"");
    int end = xml.indexOf("</unit>", start) + "</unit>".length();
    String heading = xml.substring(start, end);
    byte[] broken =
        (xml.substring(0, start)
                + heading.replace("id=\"b2\"", "id=\"b99\"")
                + xml.substring(end).replace("<unit id=\"b3\"", heading + "<unit id=\"b3\""))
            .replace(
                "<unit id=\"b4\"", heading.replace("id=\"b2\"", "id=\"b4\"") + "<unit id=\"b4\"")
            .getBytes(StandardCharsets.UTF_8);
    ProblemException problem = assertThrows(ProblemException.class, () -> plan(broken));
    assertEquals(ProblemType.XLIFF_MISMATCH, problem.type());
    assertEquals(
        List.of("duplicate-unit:b4", "source-changed:b4", "extra-unit:b99"), kinds(problem));
  }

  @Test
  void shouldReportAMissingUnit() {
    String xml = XliffFixtures.text(CatTool.translate(XliffFixtures.export("ru")));
    int start = xml.indexOf("<unit id=\"b5\"");
    int end = xml.indexOf("</unit>", start) + "</unit>".length();
    byte[] broken = (xml.substring(0, start) + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    ProblemException problem = assertThrows(ProblemException.class, () -> plan(broken));
    assertEquals(List.of("missing-unit:b5"), kinds(problem));
  }

  @Test
  void shouldRefuseAFileForOtherLanguagesOrAnotherArticle() {
    byte[] file =
        edit(
            edit(XliffFixtures.export("kk"), "srcLang=\"en\"", "srcLang=\"de\""),
            XliffFixtures.ARTICLE + "</mda:meta>",
            "another-article</mda:meta>");
    XliffImporter importer = new XliffImporter(XliffReader.read(file));
    ProblemException problem =
        assertThrows(
            ProblemException.class,
            () -> importer.sourceRevision(XliffFixtures.ARTICLE, "en", "ru"));
    assertEquals(ProblemType.XLIFF_MISMATCH, problem.type());
    assertEquals(List.of("source-language", "target-language", "article"), kinds(problem));
    assertEquals(3, problem.arguments().get("count"));
  }

  @Test
  void shouldRequireATranslatedTitle() {
    byte[] file =
        CatTool.translate(
            XliffFixtures.export("ru"), (unit, text) -> unit.equals("title") ? null : text);
    ProblemException problem = assertThrows(ProblemException.class, () -> plan(file));
    assertEquals(List.of("untranslated:title"), kinds(problem));
  }

  @Test
  void shouldRefuseToSubmitAnIncompleteTranslation() {
    byte[] file =
        CatTool.translate(
            XliffFixtures.export("ru"), (unit, text) -> unit.equals("b3") ? null : text);
    assertEquals(List.of("b3"), plan(file).untranslatedUnits());
    ProblemException problem =
        assertThrows(
            ProblemException.class, () -> plan(file, FILE, XliffFixtures.SOURCE, false, true));
    assertEquals(List.of("untranslated:b3"), kinds(problem));
  }

  @Test
  void shouldReportACodeWhoseMarkdownIsUnknown() {
    byte[] file =
        edit(
            CatTool.translate(XliffFixtures.export("ru")),
            "<target>Фигурес</target>",
            "<target>Фигурес<ph id=\"9\" dataRef=\"d9\"/></target>");
    ProblemException problem = assertThrows(ProblemException.class, () -> plan(file));
    assertEquals(List.of("unknown-code:b2"), kinds(problem));
  }

  @Test
  void shouldBorrowTheMarkdownOfACodeFromTheSourceCodeWithItsId() {
    String xml =
        XliffFixtures.text(
            CatTool.translate(
                XliffFixtures.export("ru"), (unit, text) -> unit.equals("b3") ? null : text));
    byte[] file =
        xml.replace(
                "4 million</pc> tonnes</source>",
                "4 million</pc> tonnes</source><target>около <sc id=\"1\"/>4"
                    + " млн<ec startRef=\"1\"/> тонн</target>")
            .getBytes(StandardCharsets.UTF_8);
    XliffImporter importer = new XliffImporter(XliffReader.read(file));
    importer.sourceRevision(XliffFixtures.ARTICLE, "en", "ru");
    XliffImporter.Plan plan =
        importer.plan(FILE, XliffFixtures.SOURCE, FILE, XliffFixtures.SOURCE, false, false);
    assertTrue(plan.content().body().contains("- около **4 млн** тонн\n"), plan.content().body());
  }

  @Test
  void shouldJoinChineseSentencesWithoutSpaces() {
    byte[] file =
        CatTool.translate(
            XliffFixtures.export("zh"),
            (unit, text) -> text.isBlank() ? text : text.strip().endsWith(".") ? "句子。" : "词");
    XliffImporter importer = new XliffImporter(XliffReader.read(file));
    importer.sourceRevision(XliffFixtures.ARTICLE, "en", "zh");
    XliffImporter.Plan plan =
        importer.plan(FILE, XliffFixtures.SOURCE, FILE, XliffFixtures.SOURCE, false, false);
    assertEquals("句子。句子。", plan.content().summary());
  }
}
