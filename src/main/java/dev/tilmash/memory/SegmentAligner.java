package dev.tilmash.memory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs the sentences of a source revision with those of its translation, conservatively: the title
 * with the title, the summary with the summary, and the body's blocks one by one only when both
 * bodies have as many blocks (otherwise the body gives nothing). Within a pair of units, the
 * sentences are paired when both have as many; otherwise the units are kept whole, so a translator
 * who joined or split sentences still feeds the memory, one block at a time.
 */
final class SegmentAligner {
  private SegmentAligner() {}

  static List<SegmentPair> align(RevisionText source, RevisionText target) {
    List<TextUnit> sourceUnits = source.units();
    List<TextUnit> targetUnits = target.units();
    long sourceBlocks = sourceUnits.stream().filter(u -> u.block() != null).count();
    long targetBlocks = targetUnits.stream().filter(u -> u.block() != null).count();
    boolean bodiesAlign = sourceBlocks == targetBlocks;
    Set<SegmentPair> pairs = new LinkedHashSet<>();
    for (TextUnit unit : sourceUnits) {
      if (unit.block() != null && !bodiesAlign) {
        continue;
      }
      targetUnits.stream()
          .filter(unit::sameSlot)
          .findFirst()
          .ifPresent(translated -> pair(unit, source, translated, target, pairs));
    }
    return new ArrayList<>(pairs);
  }

  private static void pair(
      TextUnit unit,
      RevisionText source,
      TextUnit translated,
      RevisionText target,
      Set<SegmentPair> pairs) {
    List<String> sentences = unit.sentences(source.language());
    List<String> translations = translated.sentences(target.language());
    if (sentences.size() > 1 && sentences.size() == translations.size()) {
      for (int i = 0; i < sentences.size(); i++) {
        pairs.add(new SegmentPair(sentences.get(i), translations.get(i)));
      }
    } else {
      pairs.add(new SegmentPair(unit.text(), translated.text()));
    }
  }
}
