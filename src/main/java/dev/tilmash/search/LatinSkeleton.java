package dev.tilmash.search;

import com.ibm.icu.text.Transliterator;

/**
 * Spellings that make a word written in Cyrillic and the same word written in Latin letters equal,
 * for the languages that are written in both (Uzbek, Kazakh). Applied to every indexed term of the
 * transliterated fields and to the query, so {@code Ўзбекистон} and {@code Oʻzbekiston} both become
 * {@code ozbekiston}.
 *
 * <p>Uzbek uses ICU's {@code uz_Cyrl-uz_Latn}, which gives the official Latin alphabet; the
 * apostrophes of {@code oʻ}, {@code gʻ} and {@code ʼ} are dropped because writers type them in five
 * different ways. Kazakh goes through ICU's BGN/PCGN romanization; its digraphs ({@code sh zh ch gh
 * ng kh}) are then cut to one letter so that the 2021 Latin alphabet ({@code ş j ğ ñ h}) meets them
 * after ASCII folding. The result is a search key, not something a reader sees. Letters of neither
 * alphabet (Russian {@code ы щ} in an Uzbek text) stay as they are: ICU's {@code Any-Latin}, which
 * would take them too, costs two seconds of start-up to compile.
 */
enum LatinSkeleton {
  UZBEK("::Lower; ::uz_Cyrl-uz_Latn; ::Latin-ASCII; " + Apostrophes.DROP),
  KAZAKH(
      "::Lower; ::Kazakh-Latin/BGN; ::Latin-ASCII; "
          + "kh > h; zh > j; sh > s; ch > c; gh > g; ng > n; "
          + Apostrophes.DROP);

  private final Transliterator transliterator;

  LatinSkeleton(String rules) {
    this.transliterator =
        Transliterator.createFromRules("tilmash-" + name(), rules, Transliterator.FORWARD);
  }

  /** Shared by every analyzer, as Lucene's own transform filter factory shares its instance. */
  Transliterator transliterator() {
    return transliterator;
  }

  /**
   * The apostrophes of Uzbek Latin ({@code oʻ gʻ}, {@code ʼ}) in all the ways writers type them.
   */
  static final class Apostrophes {
    static final String CHARACTERS = "'`´ʹʻʼʽ‘’′";
    static final String DROP = "['`´ʹʻʼʽ‘’′] > ;";

    private Apostrophes() {}
  }
}
