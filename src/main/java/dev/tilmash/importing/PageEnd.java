package dev.tilmash.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an old page shows after its article ends: the author's signature, then the site's chrome (a
 * channel to join, the site's name, a masthead, a news ticker, the site's other headlines). The
 * article ends with its last line of text: a line with sentence punctuation, a line too long for a
 * headline, a line that leads into what follows ({@code …:}), or a heading, list, quotation or code
 * the file marks. The short lines without sentence punctuation after it are chrome, dropped as
 * {@value #AFTER_ARTICLE}, unless one of them, or that last line, is a {@link Signature}.
 */
final class PageEnd {
  static final String AFTER_ARTICLE = "after-article";
  static final String SIGNATURE = "signature";

  /** The body without the page's end, the lines dropped, and the signature if there was one. */
  record Found(List<Block> blocks, List<DroppedLine> dropped, Optional<String> signature) {}

  private PageEnd() {}

  static Found find(List<Block> blocks, TextShape shape) {
    BodyUnits body = new BodyUnits(blocks);
    List<BodyUnits.Unit> units = body.units();
    int last = units.size() - 1;
    while (last >= 0 && !text(units.get(last), shape)) {
      last--;
    }
    int firstParagraph = 0;
    while (firstParagraph <= last && !shape.paragraph(units.get(firstParagraph).text())) {
      firstParagraph++;
    }
    if (last < 0 || firstParagraph > last) {
      return new Found(blocks, List.of(), Optional.empty());
    }
    List<DroppedLine> dropped = new ArrayList<>();
    Optional<String> signature = Optional.empty();
    int from = last > firstParagraph && !units.get(last).structural() ? last : last + 1;
    for (int i = from; i < units.size(); i++) {
      BodyUnits.Unit unit = units.get(i);
      Optional<String> signed =
          signature.isEmpty() ? Signature.parse(unit.text(), shape) : Optional.empty();
      if (signed.isPresent()) {
        signature = signed;
        drop(body, unit, SIGNATURE, dropped);
      } else if (i > last) {
        drop(body, unit, AFTER_ARTICLE, dropped);
      }
    }
    return new Found(body.blocks(), dropped, signature);
  }

  /** A unit of article text, after which the article has not ended yet. */
  private static boolean text(BodyUnits.Unit unit, TextShape shape) {
    String text = unit.text().strip();
    return unit.structural()
        || text.length() > TextShape.HEADLINE_CHARS
        || text.endsWith(":")
        || shape.hasSentencePunctuation(text)
        || shape.words(text) > TextShape.HEADLINE_WORDS;
  }

  private static void drop(
      BodyUnits body, BodyUnits.Unit unit, String rule, List<DroppedLine> dropped) {
    body.drop(unit);
    body.lines(unit).forEach(line -> dropped.add(new DroppedLine(line, rule)));
  }
}
