package dev.tilmash.interchange;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.tilmash.text.MarkdownInlines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two source revisions: the units of the older one whose source is not, word
 * for word, in the newer one (body blocks are aligned by content, so a paragraph inserted above
 * does not make every later unit look changed), and whether nothing translatable changed at all.
 */
record SourceChanges(List<String> changedUnits, boolean identical) {

  static SourceChanges between(List<ArticleBlocks.Block> older, List<ArticleBlocks.Block> newer) {
    List<String> changed = new ArrayList<>();
    Map<String, String> newerFields = new HashMap<>();
    newer.forEach(b -> newerFields.put(b.id(), MarkdownInlines.canonical(b.content())));
    List<ArticleBlocks.Block> olderBody = new ArrayList<>();
    Set<String> olderFields = new HashSet<>();
    for (ArticleBlocks.Block block : older) {
      if (ArticleBlocks.isBodyId(block.id())) {
        olderBody.add(block);
        continue;
      }
      olderFields.add(block.id());
      if (!MarkdownInlines.canonical(block.content()).equals(newerFields.get(block.id()))) {
        changed.add(block.id());
      }
    }
    List<String> from =
        olderBody.stream().map(b -> MarkdownInlines.canonical(b.content())).toList();
    List<String> to =
        newer.stream()
            .filter(b -> ArticleBlocks.isBodyId(b.id()))
            .map(b -> MarkdownInlines.canonical(b.content()))
            .toList();
    for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
      int start = delta.getSource().getPosition();
      for (int i = 0; i < delta.getSource().size(); i++) {
        changed.add(olderBody.get(start + i).id());
      }
    }
    boolean sameFields =
        newer.stream()
            .filter(b -> !ArticleBlocks.isBodyId(b.id()))
            .allMatch(b -> olderFields.contains(b.id()));
    return new SourceChanges(changed, changed.isEmpty() && sameFields && from.equals(to));
  }
}
