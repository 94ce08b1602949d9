package dev.tilmash.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Russian text as Lucene's {@link RussianAnalyzer} analyses it (standard tokenizer, lower case,
 * Russian stop words, the Snowball Russian stemmer: {@code коридоры} → {@code коридор}), with
 * {@code ё} read as {@code е} first, since most Russian text leaves the dots out.
 */
final class RussianTextAnalyzer extends Analyzer {
  private static final NormalizeCharMap YO = yo();

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(YO, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream tokens = new LowerCaseFilter(tokenizer);
    tokens = new StopFilter(tokens, RussianAnalyzer.getDefaultStopSet());
    return new TokenStreamComponents(tokenizer, new SnowballFilter(tokens, new RussianStemmer()));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  private static NormalizeCharMap yo() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("ё", "е");
    map.add("Ё", "Е");
    return map.build();
  }
}
