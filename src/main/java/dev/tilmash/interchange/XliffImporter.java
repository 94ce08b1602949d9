package dev.tilmash.interchange;

import dev.tilmash.article.VersionContent;
import dev.tilmash.interchange.XliffFinding.Kind;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import dev.tilmash.text.Inline;
import dev.tilmash.text.MarkdownInlines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges a translated XLIFF file against the article it claims to translate and turns it into the
 * words of a new revision.
 *
 * <p>First {@link #sourceRevision} checks the header (languages, article, the source revision the
 * file was made from). Then {@link #plan} checks the units against that source revision — every
 * unit there, none extra, sources unchanged, codes resolvable — and, when the source has moved on
 * since, finds the units whose source changed: if the translator left them as exported, the file is
 * accepted as it is (based on its own source revision, so the version stays outdated until the new
 * units are translated); if not, a 409 names them, unless forced.
 */
public final class XliffImporter {
  /** The words to store, the source revision they translate, and what the import noticed. */
  public record Plan(
      VersionContent content,
      int basedOnSourceRevision,
      boolean merged,
      List<String> forcedUnits,
      List<String> untranslatedUnits) {}

  private final XliffDocument document;
  private final List<XliffFinding> readerFindings;

  public XliffImporter(XliffReader.Result read) {
    this.document = read.document();
    this.readerFindings = read.findings();
  }

  public XliffDocument document() {
    return document;
  }

  /**
   * The source revision the file was made from, after checking that it is for this article and
   * these languages.
   *
   * @throws ProblemException {@code XLIFF_MISMATCH} listing what does not fit
   */
  public int sourceRevision(String articleId, String sourceLanguage, String targetLanguage) {
    List<XliffFinding> findings = new ArrayList<>();
    if (!sameTag(sourceLanguage, document.sourceLanguage())) {
      findings.add(
          XliffFinding.of(Kind.SOURCE_LANGUAGE, sourceLanguage, document.sourceLanguage()));
    }
    if (!sameTag(targetLanguage, document.targetLanguage())) {
      findings.add(
          XliffFinding.of(Kind.TARGET_LANGUAGE, targetLanguage, document.targetLanguage()));
    }
    String article = document.metadata().get(XliffDocument.ARTICLE_ID);
    if (article != null && !article.equals(articleId)) {
      findings.add(XliffFinding.of(Kind.ARTICLE, articleId, article));
    }
    String revision = document.metadata().get(XliffDocument.SOURCE_REVISION);
    Integer number = null;
    try {
      number = revision == null ? null : Integer.valueOf(revision.strip());
    } catch (NumberFormatException e) {
      // reported below
    }
    if (number == null || number < 1) {
      findings.add(XliffFinding.of(Kind.SOURCE_REVISION, "a revision number", revision));
    }
    fail(findings);
    return number;
  }

  /**
   * Checks the units and builds the new revision's words.
   *
   * @param fileSource the source revision the file was made from
   * @param currentSource the source revision a new export would be made from
   * @throws ProblemException {@code XLIFF_MISMATCH} (422) for units that do not fit, {@code
   *     XLIFF_STALE} (409) for translated units whose source has changed, unless {@code force}
   */
  public Plan plan(
      int fileRevision,
      VersionContent fileSource,
      int currentRevision,
      VersionContent currentSource,
      boolean force,
      boolean submit) {
    List<ArticleBlocks.Block> expected = ArticleBlocks.of(fileSource);
    Map<String, XliffDocument.Unit> units = units(expected);
    Map<String, List<Inline>> translated = new LinkedHashMap<>();
    List<String> untranslated = new ArrayList<>();
    List<XliffFinding> findings = new ArrayList<>();
    for (ArticleBlocks.Block block : expected) {
      XliffDocument.Unit unit = units.get(block.id());
      if (unit == null) {
        continue;
      }
      UnitTarget joined = UnitTarget.of(unit, document.targetLanguage());
      if (joined.missing()) {
        untranslated.add(block.id());
        if (submit || block.id().equals(ArticleBlocks.TITLE)) {
          findings.add(XliffFinding.of(Kind.UNTRANSLATED, block.id()));
        }
      }
      if (!joined.content().isEmpty()) {
        translated.put(block.id(), joined.content());
      }
    }
    fail(findings);
    List<String> stale = List.of();
    boolean onCurrent = fileRevision == currentRevision;
    if (!onCurrent) {
      SourceChanges changes = SourceChanges.between(expected, ArticleBlocks.of(currentSource));
      stale = changes.changedUnits().stream().filter(id -> touched(units.get(id))).toList();
      if (!stale.isEmpty() && !force) {
        throw new ProblemException(
            ProblemType.XLIFF_STALE,
            Map.of(
                "fileRevision", fileRevision,
                "sourceRevision", currentRevision,
                "staleUnits", stale));
      }
      onCurrent = changes.identical();
    }
    VersionContent base = onCurrent ? currentSource : fileSource;
    Map<String, String> body = new HashMap<>();
    translated.forEach(
        (id, content) -> {
          if (ArticleBlocks.isBodyId(id)) {
            body.put(id, MarkdownInlines.write(content));
          }
        });
    VersionContent content =
        new VersionContent(
            plain(translated.get(ArticleBlocks.TITLE)),
            plain(translated.get(ArticleBlocks.SUMMARY)),
            ArticleBlocks.rebuild(base.body(), body));
    return new Plan(
        content,
        onCurrent ? currentRevision : fileRevision,
        fileRevision != currentRevision,
        stale,
        untranslated);
  }

  /** The file's units by id, after checking them against the expected blocks. */
  private Map<String, XliffDocument.Unit> units(List<ArticleBlocks.Block> expected) {
    List<XliffFinding> findings = new ArrayList<>(readerFindings);
    Map<String, XliffDocument.Unit> units = new LinkedHashMap<>();
    Set<String> duplicates = new LinkedHashSet<>();
    for (XliffDocument.Unit unit : document.units()) {
      if (units.putIfAbsent(unit.id(), unit) != null) {
        duplicates.add(unit.id());
      }
    }
    duplicates.forEach(id -> findings.add(XliffFinding.of(Kind.DUPLICATE_UNIT, id)));
    Set<String> known = new HashSet<>();
    for (ArticleBlocks.Block block : expected) {
      known.add(block.id());
      XliffDocument.Unit unit = units.get(block.id());
      if (unit == null) {
        findings.add(XliffFinding.of(Kind.MISSING_UNIT, block.id()));
        continue;
      }
      List<Inline> source = new ArrayList<>();
      unit.parts().forEach(part -> source.addAll(part.source()));
      if (!MarkdownInlines.canonical(source).equals(MarkdownInlines.canonical(block.content()))) {
        findings.add(XliffFinding.of(Kind.SOURCE_CHANGED, block.id()));
      }
    }
    units.keySet().stream()
        .filter(id -> !known.contains(id))
        .forEach(id -> findings.add(XliffFinding.of(Kind.EXTRA_UNIT, id)));
    fail(findings);
    return units;
  }

  /** Whether the translator changed the unit's targets from what the export wrote. */
  private static boolean touched(XliffDocument.Unit unit) {
    String exported = unit.metadata().get(XliffDocument.TARGET_HASH);
    if (exported != null) {
      return !exported.equals(UnitHash.targets(unit.parts()));
    }
    return unit.segments().stream().anyMatch(p -> p.target() != null && !p.target().isEmpty());
  }

  private static String plain(List<Inline> content) {
    return content == null ? "" : MarkdownInlines.plainText(content);
  }

  private static boolean sameTag(String expected, String found) {
    return found != null && expected.equalsIgnoreCase(found.strip().replace('_', '-'));
  }

  private static void fail(List<XliffFinding> findings) {
    if (!findings.isEmpty()) {
      throw new ProblemException(
          ProblemType.XLIFF_MISMATCH,
          Map.of(
              "count",
              findings.size(),
              "problems",
              findings.stream().map(XliffFinding::toMap).toList()));
    }
  }
}
