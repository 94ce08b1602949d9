package dev.tilmash.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;

/**
 * Unicode folding of search terms: NFKC case folding, then removal of combining marks ({@code ё} →
 * {@code е}, {@code й} → {@code и}, {@code é} → {@code e}). Letters that are letters of their own
 * in Kazakh and Uzbek ({@code ә ғ қ ң ө ұ ү һ і}) have no decomposition and stay as they are.
 *
 * <p>This is what Lucene's {@code ICUFoldingFilter} does, rebuilt from ICU's built-in data: that
 * filter ships its {@code utr30.nrm} in the ICU 74 data format, which the project's ICU4J 76
 * refuses to load ("Header authentication failed").
 */
final class IcuFolding {
  private static final Normalizer2 CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Transliterator MARKS =
      Transliterator.getInstance("NFD; [:Nonspacing Mark:] Remove; NFC");

  private IcuFolding() {}

  /** The same folding of one term, as the token filters of {@link #fold(TokenStream)} do it. */
  static String fold(String term) {
    return MARKS.transliterate(CASE_FOLD.normalize(term));
  }

  static TokenStream fold(TokenStream tokens) {
    return new ICUTransformFilter(new ICUNormalizer2Filter(tokens, CASE_FOLD), MARKS);
  }
}
