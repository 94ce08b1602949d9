package dev.tilmash.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Any language without analysis of its own (a script variant such as {@code zh-Hant}, a language
 * added by configuration): ICU word breaks, which segment Chinese and Japanese by dictionary and
 * Thai by its own rules, and ICU folding.
 */
final class FoldingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new ICUTokenizer();
    return new TokenStreamComponents(tokenizer, IcuFolding.fold(tokenizer));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return IcuFolding.fold(in);
  }
}
