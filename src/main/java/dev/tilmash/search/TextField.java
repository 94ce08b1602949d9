package dev.tilmash.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The full-text fields of a language version's document. Each exists once per {@link
 * LanguageAnalysis} ({@code title_ru}, {@code title_zh}…) and, for languages written in two
 * scripts, once more transliterated ({@code title_uz_latn}). A document fills only the fields of
 * its own language.
 */
enum TextField {
  /** The live revision's title, summary and body text: what readers search. */
  TITLE("title", 3f),
  SUMMARY("summary", 2f),
  BODY("body", 1f),
  /** The working revision's title: what editors search. */
  WORKING_TITLE("working_title", 1f);

  static final List<TextField> PUBLISHED = List.of(TITLE, SUMMARY, BODY);

  private final String prefix;
  private final float boost;

  TextField(String prefix, float boost) {
    this.prefix = prefix;
    this.boost = boost;
  }

  /** The name in the JSON {@code highlights} of a search result. */
  String label() {
    return prefix;
  }

  float boost() {
    return boost;
  }

  String name(LanguageAnalysis analysis) {
    return prefix + "_" + analysis.code();
  }

  String latinName(LanguageAnalysis analysis) {
    return name(analysis) + "_latn";
  }

  /** Every field of this part that a query in the given analyses searches. */
  List<String> names(Iterable<LanguageAnalysis> analyses) {
    List<String> names = new ArrayList<>();
    for (LanguageAnalysis analysis : analyses) {
      names.add(name(analysis));
      if (analysis.transliterates()) {
        names.add(latinName(analysis));
      }
    }
    return names;
  }
}
