package dev.tilmash.search;

import com.ibm.icu.text.Transliterator;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;

/**
 * Kazakh and Uzbek text: ICU word breaks, ICU folding, and then the first {@value #PREFIX} letters
 * of each word as its term.
 *
 * <p>Lucene has no stemmer for either language. Both are agglutinative: a word is a stem followed
 * by suffixes ({@code дәліз}, {@code дәлізі}, {@code дәліздің}, {@code дәліздер}), so a fixed
 * prefix conflates the inflected forms of a word much as a stemmer would; for Turkish, a close
 * relative, a five-letter prefix was found as effective as a real stemmer (Can et al., "Information
 * retrieval on Turkish texts", JASIST 2008). The price is that different words sharing five letters
 * ({@code Қазақ}, {@code Қазақстан}) also match each other.
 *
 * <p>The transliterating variant first turns each word into its {@link LatinSkeleton}, so that a
 * Cyrillic query meets Latin text and the other way round.
 */
final class TurkicAnalyzer extends Analyzer {
  static final int PREFIX = 5;
  private static final NormalizeCharMap NO_APOSTROPHES = apostrophes();

  private final boolean dropApostrophes;
  private final Transliterator skeleton;
  private final RememberedTerms terms;

  private TurkicAnalyzer(boolean dropApostrophes, Transliterator skeleton) {
    this.dropApostrophes = dropApostrophes;
    this.skeleton = skeleton;
    this.terms = new RememberedTerms(this::term);
  }

  /**
   * What the filters of {@link #normalize} make of one word: its skeleton, folded, cut to the
   * prefix. Indexing applies it through {@link RememberedTerms}, which is the same but faster.
   */
  private String term(String word) {
    String folded = IcuFolding.fold(skeleton == null ? word : skeleton.transliterate(word));
    return folded.length() > PREFIX ? folded.substring(0, PREFIX) : folded;
  }

  static TurkicAnalyzer kazakh() {
    return new TurkicAnalyzer(false, null);
  }

  /** Uzbek Latin writes {@code oʻ gʻ} with apostrophes that split no word and count as nothing. */
  static TurkicAnalyzer uzbek() {
    return new TurkicAnalyzer(true, null);
  }

  static TurkicAnalyzer transliterating(LatinSkeleton skeleton) {
    return new TurkicAnalyzer(true, skeleton.transliterator());
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return dropApostrophes ? new MappingCharFilter(NO_APOSTROPHES, reader) : reader;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new ICUTokenizer();
    return new TokenStreamComponents(tokenizer, terms.filter(tokenizer));
  }

  /** Prefix and wildcard terms of a query get the same treatment, short of word breaking. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream tokens = skeleton == null ? in : new ICUTransformFilter(in, skeleton);
    return new TruncateTokenFilter(IcuFolding.fold(tokens), PREFIX);
  }

  private static NormalizeCharMap apostrophes() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    LatinSkeleton.Apostrophes.CHARACTERS
        .codePoints()
        .forEach(c -> map.add(new String(Character.toChars(c)), ""));
    return map.build();
  }
}
