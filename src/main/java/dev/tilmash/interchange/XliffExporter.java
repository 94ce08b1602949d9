package dev.tilmash.interchange;

import dev.tilmash.article.VersionContent;
import dev.tilmash.memory.TranslationMemory;
import dev.tilmash.text.Inline;
import dev.tilmash.text.MarkdownInlines;
import dev.tilmash.text.SentenceSplitter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the XLIFF file for translating one article version: a unit per title, summary and body
 * block, a segment per source sentence, targets pre-filled where the current translation already
 * translates the very same sentence (or the translation memory knows it exactly), and fuzzy memory
 * matches offered as translation candidates. The file records the source revision it was made from,
 * the version's ETag, and per unit the hashes the import checks against.
 */
public final class XliffExporter {
  private static final Logger LOG = Logger.getLogger(XliffExporter.class.getName());

  /** What to translate: the source revision's words. */
  public record Source(String articleId, String language, int revision, VersionContent content) {}

  /**
   * The translation as it stands: its working revision, the source revision it was made from
   * ({@code basis}, may be null), and the XLIFF state its sentences have ({@code translated},
   * {@code reviewed} or {@code final}).
   */
  public record Target(
      int revision, String etag, String state, VersionContent working, VersionContent basis) {}

  private final TranslationMemory memory;
  private final double fuzzyMinimum;
  private final int fuzzyLimit;
  private boolean memoryFailed;

  /**
   * @param memory the translation memory, or {@code null} when there is none
   */
  public XliffExporter(TranslationMemory memory, double fuzzyMinimum, int fuzzyLimit) {
    this.memory = memory;
    this.fuzzyMinimum = fuzzyMinimum;
    this.fuzzyLimit = fuzzyLimit;
  }

  /**
   * @param target the existing translation, or {@code null} when there is none yet
   */
  public XliffDocument export(Source source, String targetLanguage, Target target, Instant now) {
    PriorTranslation prior =
        target == null || target.basis() == null
            ? PriorTranslation.none()
            : PriorTranslation.align(
                target.basis(), source.language(), target.working(), targetLanguage);
    String priorState = target == null ? null : target.state();
    SentenceSplitter sentences = new SentenceSplitter(source.language());
    List<XliffDocument.Unit> units = new ArrayList<>();
    for (ArticleBlocks.Block block : ArticleBlocks.of(source.content())) {
      units.add(unit(block, sentences, prior, priorState, source.language(), targetLanguage));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put(XliffDocument.ARTICLE_ID, source.articleId());
    metadata.put(XliffDocument.SOURCE_REVISION, Integer.toString(source.revision()));
    if (target != null) {
      metadata.put(XliffDocument.TARGET_REVISION, Integer.toString(target.revision()));
      metadata.put(XliffDocument.VERSION_ETAG, target.etag());
    }
    metadata.put(XliffDocument.EXPORTED_AT, now.toString());
    return new XliffDocument(
        XliffDocument.VERSION,
        source.language(),
        targetLanguage,
        "f-" + source.articleId(),
        "articles/"
            + source.articleId()
            + "/versions/"
            + source.language()
            + "/revisions/"
            + source.revision(),
        metadata,
        units);
  }

  private XliffDocument.Unit unit(
      ArticleBlocks.Block block,
      SentenceSplitter sentences,
      PriorTranslation prior,
      String priorState,
      String sourceLanguage,
      String targetLanguage) {
    List<SentenceSplitter.Piece> pieces = sentences.split(block.content());
    List<List<Inline>> targets = new ArrayList<>();
    boolean complete = true;
    for (SentenceSplitter.Piece piece : pieces) {
      Optional<List<Inline>> found =
          piece.segment()
              ? prior.sentence(piece.content()).flatMap(t -> CodeMapping.onto(piece.content(), t))
              : Optional.empty();
      targets.add(found.orElse(null));
      complete &=
          !piece.segment() || found.isPresent() || !MarkdownInlines.hasText(piece.content());
    }
    if (!complete) {
      Optional<List<Inline>> whole =
          prior.unit(block.content()).flatMap(t -> CodeMapping.onto(block.content(), t));
      if (whole.isPresent()) {
        pieces = List.of(new SentenceSplitter.Piece(true, block.content()));
        targets = new ArrayList<>();
        targets.add(whole.get());
      }
    }
    List<XliffDocument.Part> parts = new ArrayList<>();
    List<XliffDocument.Match> matches = new ArrayList<>();
    int segment = 0;
    int ignorable = 0;
    for (int i = 0; i < pieces.size(); i++) {
      SentenceSplitter.Piece piece = pieces.get(i);
      if (!piece.segment()) {
        parts.add(new XliffDocument.Part(false, "i" + ++ignorable, piece.content(), null, null, 0));
        continue;
      }
      String id = "s" + ++segment;
      List<Inline> target = targets.get(i);
      String state = target == null ? "initial" : priorState;
      if (target == null && MarkdownInlines.hasText(piece.content())) {
        target = fromMemory(piece.content(), id, sourceLanguage, targetLanguage, matches);
        state = target == null ? "initial" : "translated";
      }
      parts.add(new XliffDocument.Part(true, id, piece.content(), target, state, 0));
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put(XliffDocument.SOURCE_HASH, UnitHash.source(block.content()));
    metadata.put(XliffDocument.TARGET_HASH, UnitHash.targets(parts));
    return new XliffDocument.Unit(block.id(), block.name(), metadata, parts, matches);
  }

  /**
   * An exact memory match fills a segment without codes; otherwise exact and fuzzy matches become
   * candidates (the memory holds plain text, so it cannot place bold or links).
   */
  private List<Inline> fromMemory(
      List<Inline> segment,
      String id,
      String sourceLanguage,
      String targetLanguage,
      List<XliffDocument.Match> matches) {
    if (memory == null || memoryFailed) {
      return null;
    }
    String text = MarkdownInlines.plainText(segment);
    boolean plain = segment.stream().allMatch(p -> p instanceof Inline.Text);
    try {
      Optional<TranslationMemory.Match> exact = memory.exact(sourceLanguage, targetLanguage, text);
      if (exact.isPresent() && plain) {
        return List.of(new Inline.Text(exact.get().targetText()));
      }
      exact.ifPresent(m -> matches.add(candidate(m, id, 100)));
      for (TranslationMemory.Match m :
          memory.fuzzy(sourceLanguage, targetLanguage, text, fuzzyMinimum, fuzzyLimit)) {
        if (exact.isEmpty() || !m.targetText().equals(exact.get().targetText())) {
          matches.add(candidate(m, id, m.similarity() * 100));
        }
      }
    } catch (RuntimeException e) {
      // The memory helps; an export does not fail because it is unwell.
      memoryFailed = true;
      LOG.log(Level.WARNING, "Translation memory lookup failed; exporting without it", e);
    }
    return null;
  }

  private static XliffDocument.Match candidate(
      TranslationMemory.Match match, String segment, double similarity) {
    String origin =
        match.articleId() == null
            ? "tilmash-tm"
            : "tilmash-tm:" + match.articleId() + "/" + match.language() + "/" + match.revision();
    return new XliffDocument.Match(
        "#" + segment,
        Math.max(0, Math.min(100, similarity)),
        origin,
        match.sourceText(),
        match.targetText());
  }
}
