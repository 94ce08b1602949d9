package dev.tilmash.interchange;

import com.ibm.icu.util.ULocale;
import dev.tilmash.text.Inline;
import dev.tilmash.text.MarkdownInlines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A unit's translation as one piece of content: its segments' targets in target order, joined with
 * a space in languages written with spaces and without one in Chinese, Japanese or Thai. A segment
 * with nothing to translate (codes only) keeps its source; one left untranslated is left out and
 * marks the unit {@code missing}.
 */
record UnitTarget(List<Inline> content, boolean missing) {
  private static final Set<String> SPACELESS_SCRIPTS =
      Set.of("Hans", "Hant", "Hani", "Jpan", "Thai", "Laoo", "Khmr", "Mymr", "Tibt");

  static UnitTarget of(XliffDocument.Unit unit, String targetLanguage) {
    List<XliffDocument.Part> parts = unit.parts();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingInt(i -> parts.get(i).order() > 0 ? parts.get(i).order() : i + 1));
    boolean spaced = !spaceless(targetLanguage);
    List<Inline> out = new ArrayList<>();
    boolean missing = false;
    for (int i : order) {
      XliffDocument.Part part = parts.get(i);
      if (!part.segment()) {
        continue;
      }
      List<Inline> piece = part.target();
      if (piece == null || !MarkdownInlines.hasText(piece)) {
        if (MarkdownInlines.hasText(part.source())) {
          missing = true;
          continue;
        }
        piece = piece == null || piece.isEmpty() ? part.source() : piece;
        if (piece.isEmpty()) {
          continue;
        }
      }
      if (spaced && !out.isEmpty() && needsSpace(out.get(out.size() - 1), piece.get(0))) {
        out.add(new Inline.Text(" "));
      }
      out.addAll(piece);
    }
    return new UnitTarget(MarkdownInlines.mergeText(out), missing);
  }

  static boolean spaceless(String language) {
    String script = ULocale.addLikelySubtags(ULocale.forLanguageTag(language)).getScript();
    return SPACELESS_SCRIPTS.contains(script);
  }

  private static boolean needsSpace(Inline before, Inline after) {
    if (before instanceof Inline.Placeholder ph && MarkdownInlines.LINE_BREAK.equals(ph.data())) {
      return false;
    }
    boolean spaceBefore = before instanceof Inline.Text t && t.text().matches("(?s).*\\s");
    boolean spaceAfter = after instanceof Inline.Text t && t.text().matches("(?s)\\s.*");
    return !spaceBefore && !spaceAfter;
  }
}
