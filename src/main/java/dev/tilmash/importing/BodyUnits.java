package dev.tilmash.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A body's blocks read as units of text, the way the title and page-end rules look at them: each
 * line on its own, except that the lines of a hard-wrapped paragraph are one unit. A unit can then
 * be dropped from the blocks, or turned into a quotation block of its own.
 */
final class BodyUnits {
  /** A line shorter than this share of its block's longest line ends a wrapped paragraph. */
  private static final double WRAPPED_SHARE = 0.8;

  private static final int WRAPPED_MIN = 60;

  /**
   * Consecutive lines of one block.
   *
   * @param structural a heading, list item, quotation or code: the file marked what it is
   * @param heading a heading the file marks as such
   */
  record Unit(int block, int from, int to, String text, boolean structural, boolean heading) {}

  private final List<Block> blocks;
  private final List<Unit> units = new ArrayList<>();
  private final Set<Unit> dropped = new HashSet<>();
  private final Set<Unit> quoted = new HashSet<>();

  BodyUnits(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
    for (int b = 0; b < blocks.size(); b++) {
      split(b, blocks.get(b));
    }
  }

  List<Unit> units() {
    return units;
  }

  /** The unit's lines as a reader sees them, one a line. */
  List<String> lines(Unit unit) {
    return blocks.get(unit.block()).lines().subList(unit.from(), unit.to() + 1).stream()
        .map(Block.Line::text)
        .toList();
  }

  void drop(Unit unit) {
    dropped.add(unit);
  }

  void quote(Unit unit) {
    quoted.add(unit);
  }

  /** The blocks without the dropped units, and with each quoted unit a quotation of its own. */
  List<Block> blocks() {
    List<Block> result = new ArrayList<>();
    int next = 0;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      List<Block.Line> run = new ArrayList<>();
      for (; next < units.size() && units.get(next).block() == b; next++) {
        Unit unit = units.get(next);
        List<Block.Line> lines = block.lines().subList(unit.from(), unit.to() + 1);
        if (quoted.contains(unit)) {
          flush(result, block.kind(), run);
          result.add(
              new Block(
                  Block.Kind.QUOTE,
                  lines.stream()
                      .map(l -> new Block.Line("> " + l.markdown(), l.text(), false, false))
                      .toList()));
        } else if (!dropped.contains(unit)) {
          run.addAll(lines);
        }
      }
      flush(result, block.kind(), run);
    }
    return result;
  }

  private static void flush(List<Block> result, Block.Kind kind, List<Block.Line> run) {
    if (run.stream().anyMatch(line -> !line.text().isBlank())) {
      result.add(new Block(kind, run));
    }
    run.clear();
  }

  private void split(int b, Block block) {
    List<Block.Line> lines = block.lines();
    boolean prose = !lines.isEmpty() && TextShape.endsSentence(lines.get(lines.size() - 1).text());
    int longest = prose ? lines.stream().mapToInt(line -> line.text().length()).max().orElse(0) : 0;
    int from = 0;
    for (int i = 0; i < lines.size(); i++) {
      boolean last = i + 1 == lines.size();
      if (last || !wrapsOnto(block, lines.get(i), lines.get(i + 1), longest)) {
        units.add(unit(b, block, from, i));
        from = i + 1;
      }
    }
  }

  private Unit unit(int b, Block block, int from, int to) {
    List<Block.Line> lines = block.lines().subList(from, to + 1);
    String text =
        String.join(" ", lines.stream().map(line -> line.text().strip()).toList()).strip();
    boolean heading = block.kind() == Block.Kind.HEADING || marked(lines.get(0), "#");
    boolean structural =
        heading
            || block.kind() != Block.Kind.PARAGRAPH
            || lines.stream().anyMatch(l -> l.listItem() || marked(l, ">") || marked(l, "|"));
    return new Unit(b, from, to, text, structural, heading);
  }

  /**
   * A paragraph line continues on the next: a small letter starts the next, or the block is prose
   * wrapped at a width ({@code longest} is 0 when it is not) and the line is about that wide.
   */
  private static boolean wrapsOnto(Block block, Block.Line line, Block.Line next, int longest) {
    if (block.kind() != Block.Kind.PARAGRAPH
        || plainMarked(line)
        || plainMarked(next)
        || TextShape.endsSentence(line.text())) {
      return false;
    }
    return TextShape.startsLowerCase(next.text())
        || longest >= WRAPPED_MIN && line.text().length() >= WRAPPED_SHARE * longest;
  }

  private static boolean plainMarked(Block.Line line) {
    return line.listItem() || marked(line, "#") || marked(line, ">") || marked(line, "|");
  }

  private static boolean marked(Block.Line line, String marker) {
    return line.markdown().stripLeading().startsWith(marker);
  }
}
