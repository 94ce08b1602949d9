package dev.tilmash.interchange;

import dev.tilmash.article.VersionContent;
import dev.tilmash.text.Inline;
import dev.tilmash.text.MarkdownInlines;
import dev.tilmash.text.SentenceSplitter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an existing translation says about the source it was made from: which target sentence
 * translates which source sentence. The translation's blocks are paired with those of the source
 * revision it is based on when both have the same structure (same kinds of blocks in the same
 * order); within a pair of blocks, sentences are paired when both have as many. A source sentence
 * that is still word for word the same in the new source finds its translation here.
 */
final class PriorTranslation {
  private final Map<String, List<Inline>> sentences = new HashMap<>();
  private final Map<String, List<Inline>> units = new HashMap<>();

  private PriorTranslation() {}

  static PriorTranslation none() {
    return new PriorTranslation();
  }

  static PriorTranslation align(
      VersionContent source, String sourceLanguage, VersionContent target, String targetLanguage) {
    PriorTranslation prior = new PriorTranslation();
    List<ArticleBlocks.Block> from = ArticleBlocks.of(source);
    List<ArticleBlocks.Block> to = ArticleBlocks.of(target);
    Map<String, ArticleBlocks.Block> byId = new HashMap<>();
    to.forEach(block -> byId.put(block.id(), block));
    boolean sameBody =
        from.stream()
            .filter(b -> ArticleBlocks.isBodyId(b.id()))
            .map(ArticleBlocks.Block::name)
            .toList()
            .equals(
                to.stream()
                    .filter(b -> ArticleBlocks.isBodyId(b.id()))
                    .map(ArticleBlocks.Block::name)
                    .toList());
    SentenceSplitter sourceSentences = new SentenceSplitter(sourceLanguage);
    SentenceSplitter targetSentences = new SentenceSplitter(targetLanguage);
    for (ArticleBlocks.Block block : from) {
      ArticleBlocks.Block translated = byId.get(block.id());
      if (translated == null || (ArticleBlocks.isBodyId(block.id()) && !sameBody)) {
        continue;
      }
      prior.units.putIfAbsent(MarkdownInlines.canonical(block.content()), translated.content());
      List<SentenceSplitter.Piece> a = segments(sourceSentences.split(block.content()));
      List<SentenceSplitter.Piece> b = segments(targetSentences.split(translated.content()));
      if (a.size() == b.size()) {
        for (int i = 0; i < a.size(); i++) {
          prior.sentences.putIfAbsent(
              MarkdownInlines.canonical(a.get(i).content()), b.get(i).content());
        }
      }
    }
    return prior;
  }

  private static List<SentenceSplitter.Piece> segments(List<SentenceSplitter.Piece> pieces) {
    return pieces.stream().filter(SentenceSplitter.Piece::segment).toList();
  }

  Optional<List<Inline>> sentence(List<Inline> source) {
    return Optional.ofNullable(sentences.get(MarkdownInlines.canonical(source)));
  }

  Optional<List<Inline>> unit(List<Inline> source) {
    return Optional.ofNullable(units.get(MarkdownInlines.canonical(source)));
  }
}
