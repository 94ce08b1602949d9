package dev.tilmash.memory;

import dev.tilmash.article.Revision;
import dev.tilmash.text.BodyBlock;
import dev.tilmash.text.SafeHtmlBlocks;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of one revision as the memory reads them, in its language: the title, the summary and
 * the blocks of the body, each a {@link TextUnit}, and each unit's sentences.
 */
record RevisionText(String language, String title, String summary, String bodyHtml) {

  static RevisionText of(Revision revision, String language) {
    return new RevisionText(language, revision.title(), revision.summary(), revision.bodyHtml());
  }

  /** Title, summary, then the body's blocks; empty ones are left out. */
  List<TextUnit> units() {
    List<TextUnit> units = new ArrayList<>();
    add(units, TextUnit.field(TextUnit.TITLE, title));
    add(units, TextUnit.field(TextUnit.SUMMARY, summary));
    List<BodyBlock> blocks = SafeHtmlBlocks.read(bodyHtml);
    for (int i = 0; i < blocks.size(); i++) {
      units.add(new TextUnit(TextUnit.BODY, i, blocks.get(i)));
    }
    return units;
  }

  /**
   * What a translator looks up: every sentence of every unit, and before the sentences of a unit
   * with several of them the unit as a whole (the memory keeps a block whole when its translation
   * did not split into as many sentences).
   */
  List<SourceSegment> segments() {
    List<SourceSegment> segments = new ArrayList<>();
    for (TextUnit unit : units()) {
      List<String> sentences = unit.sentences(language);
      if (sentences.size() > 1) {
        segments.add(new SourceSegment(unit.field(), unit.block(), null, unit.text()));
      }
      for (int i = 0; i < sentences.size(); i++) {
        segments.add(new SourceSegment(unit.field(), unit.block(), i, sentences.get(i)));
      }
    }
    return segments;
  }

  private static void add(List<TextUnit> units, TextUnit unit) {
    if (!unit.text().isEmpty()) {
      units.add(unit);
    }
  }
}
