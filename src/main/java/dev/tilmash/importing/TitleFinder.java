package dev.tilmash.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the title of a page whose format marks none, among the lines before its first paragraph
 * (the head), where an old site leaves its chrome: section labels, breadcrumbs, pull quotes. In
 * order of trust, the title is
 *
 * <ol>
 *   <li>a line that a longer line of the head repeats: that longer line is a breadcrumb ending in
 *       the title ({@code Home Economy Trade Grain exports double});
 *   <li>the capitals that end a breadcrumb written without separators ({@code Home Economy Trade
 *       GRAIN EXPORTS DOUBLE});
 *   <li>the first line that reads like a headline and is no section label;
 *   <li>made from the first sentence of the first paragraph, when the page has no title line at all
 *       (with a {@code title-derived} warning).
 * </ol>
 *
 * A title in capitals is recased by {@link CapitalsRecasing}. Quotations in the head stay in the
 * body as quotations; labels, breadcrumbs and other lines above the title are dropped.
 */
final class TitleFinder {
  static final String SECTION_LABEL = "section-label";
  static final String BREADCRUMB = "breadcrumb";
  private static final int MAX_HEAD = 8;

  /** What was found: the title ({@code null} when none) and the body without it. */
  record Found(
      String title, List<Block> blocks, List<DroppedLine> dropped, List<ImportWarning> warnings) {}

  private final BodyUnits body;
  private final TextShape shape;
  private final List<BodyUnits.Unit> head = new ArrayList<>();
  private final Set<BodyUnits.Unit> gone = new HashSet<>();
  private final List<DroppedLine> dropped = new ArrayList<>();
  private final List<ImportWarning> warnings = new ArrayList<>();
  private BodyUnits.Unit stop;

  private TitleFinder(List<Block> blocks, TextShape shape) {
    this.body = new BodyUnits(blocks);
    this.shape = shape;
  }

  static Found find(List<Block> blocks, TextShape shape) {
    return new TitleFinder(blocks, shape).find();
  }

  private Found find() {
    readHead();
    List<BodyUnits.Unit> candidates = new ArrayList<>();
    for (BodyUnits.Unit unit : head) {
      if (unit.structural() && !unit.heading()) {
        continue; // a quotation the file marks already
      }
      if (!unit.heading() && Quotation.isQuote(unit.text())) {
        body.quote(unit);
      } else {
        candidates.add(unit);
      }
    }
    String title = repeated(candidates).or(() -> capitalsAfterBreadcrumb(candidates)).orElse(null);
    if (title == null) {
      title = firstHeadline(candidates).orElse(null);
    }
    if (title == null && paragraphFollows()) {
      dropAll(candidates.stream().filter(unit -> shape.label(unit.text())).toList());
      title = DerivedTitle.from(stop.text(), shape);
      warnings.add(ImportWarning.of("title-derived"));
    }
    if (title == null) {
      return fallback();
    }
    if (TextShape.upperCase(title)) {
      String original = title;
      title = new CapitalsRecasing(bodyText(), shape).recase(title);
      warnings.add(ImportWarning.of("title-recased", "original", original));
    }
    return new Found(title, body.blocks(), dropped, warnings);
  }

  private void readHead() {
    for (BodyUnits.Unit unit : body.units()) {
      boolean text =
          shape.paragraph(unit.text()) || unit.text().length() > TextShape.HEADLINE_CHARS;
      if (unit.structural() && !unit.heading() && !Quotation.isQuote(unit.text()) || text) {
        stop = unit;
        return;
      }
      head.add(unit);
      if (head.size() == MAX_HEAD) {
        return;
      }
    }
  }

  /** A line repeated inside a longer line of the head; the longer one is a breadcrumb. */
  private Optional<String> repeated(List<BodyUnits.Unit> candidates) {
    for (BodyUnits.Unit line : candidates) {
      if (shape.words(line.text()) < 2
          || !shape.headline(line.text())
          || shape.label(line.text())) {
        continue;
      }
      String wanted = " " + folded(line.text()) + " ";
      for (BodyUnits.Unit other : candidates) {
        if (other != line && (" " + folded(other.text()) + " ").contains(wanted)) {
          drop(other, BREADCRUMB);
          chooseTitle(line, candidates);
          return Optional.of(line.text());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> capitalsAfterBreadcrumb(List<BodyUnits.Unit> candidates) {
    for (BodyUnits.Unit line : candidates) {
      Optional<CapitalsRun> run = CapitalsRun.at(line.text(), shape);
      if (run.isPresent()) {
        body.drop(line);
        dropped.add(new DroppedLine(run.get().breadcrumb(), BREADCRUMB));
        chooseTitle(line, candidates);
        return Optional.of(run.get().title());
      }
    }
    return Optional.empty();
  }

  private Optional<String> firstHeadline(List<BodyUnits.Unit> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      BodyUnits.Unit line = candidates.get(i);
      boolean more =
          candidates.subList(i + 1, candidates.size()).stream().anyMatch(this::titleLike);
      if (!line.heading() && shape.label(line.text()) && (more || capitalLabel(line))) {
        continue;
      }
      if (line.heading() || shape.headline(line.text())) {
        chooseTitle(line, candidates);
        return Optional.of(line.text());
      }
    }
    return Optional.empty();
  }

  /**
   * A label in capitals ({@code NEWS}) is never the title; a short line in small letters is one
   * only when nothing else is ({@code Astana 2024}).
   */
  private boolean capitalLabel(BodyUnits.Unit unit) {
    return TextShape.upperCase(unit.text()) && paragraphFollows();
  }

  private boolean paragraphFollows() {
    return stop != null && shape.paragraph(stop.text());
  }

  private boolean titleLike(BodyUnits.Unit unit) {
    return unit.heading() || shape.headline(unit.text()) && !shape.label(unit.text());
  }

  /**
   * The title line leaves the body, and so does every unit of the head above it, and any label in
   * capitals between it and the first paragraph ({@code EXCLUSIVE}).
   */
  private void chooseTitle(BodyUnits.Unit title, List<BodyUnits.Unit> candidates) {
    body.drop(title);
    int at = candidates.indexOf(title);
    dropAll(candidates.subList(0, at));
    for (BodyUnits.Unit below : candidates.subList(at + 1, candidates.size())) {
      if (!below.heading() && shape.label(below.text()) && TextShape.upperCase(below.text())) {
        drop(below, SECTION_LABEL);
      }
    }
  }

  private void dropAll(List<BodyUnits.Unit> units) {
    for (BodyUnits.Unit unit : units) {
      boolean label = shape.label(unit.text()) && !unit.heading();
      drop(unit, label ? SECTION_LABEL : ArticleCleaner.BEFORE_TITLE);
    }
  }

  private void drop(BodyUnits.Unit unit, String rule) {
    if (gone.add(unit)) {
      body.drop(unit);
      body.lines(unit).forEach(text -> dropped.add(new DroppedLine(text, rule)));
    }
  }

  /** No title line and no paragraph to make one from: the first line is the title, as written. */
  private Found fallback() {
    List<Block> blocks = new ArrayList<>(body.blocks());
    for (int i = 0; i < blocks.size(); i++) {
      Block first = blocks.get(i);
      if (first.kind() != Block.Kind.CODE) {
        blocks.remove(i);
        if (first.lines().size() > 1) {
          blocks.add(i, new Block(first.kind(), first.lines().subList(1, first.lines().size())));
        }
        return new Found(first.lines().get(0).text(), blocks, dropped, warnings);
      }
    }
    return new Found(null, blocks, dropped, warnings);
  }

  /** The text below the head, whose spelling the recasing of a title in capitals follows. */
  private String bodyText() {
    List<BodyUnits.Unit> units = body.units();
    return String.join(
        "\n", units.subList(head.size(), units.size()).stream().map(BodyUnits.Unit::text).toList());
  }

  private String folded(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
