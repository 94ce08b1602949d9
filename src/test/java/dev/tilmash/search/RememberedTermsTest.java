package dev.tilmash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import dev.tilmash.demo.DemoText;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * Kazakh and Uzbek analysis with remembered terms gives the terms and offsets that ICU's token
 * filters give, over every demo text, twice (the second time from memory).
 */
class RememberedTermsTest {

  @Test
  void shouldAnalyseKazakhAsTheIcuFiltersDo() {
    assertSameTerms(LanguageAnalysis.KAZAKH.createAnalyzer(), filters(false, null), "kk");
    assertSameTerms(
        LanguageAnalysis.KAZAKH.createLatinAnalyzer(),
        filters(true, LatinSkeleton.KAZAKH.transliterator()),
        "kk");
  }

  @Test
  void shouldAnalyseUzbekAsTheIcuFiltersDo() {
    assertSameTerms(LanguageAnalysis.UZBEK.createAnalyzer(), filters(true, null), "uz");
    assertSameTerms(
        LanguageAnalysis.UZBEK.createLatinAnalyzer(),
        filters(true, LatinSkeleton.UZBEK.transliterator()),
        "uz");
  }

  private static void assertSameTerms(Analyzer remembering, Analyzer filters, String language) {
    List<String> texts = new ArrayList<>(List.of("Oʻzbekiston Ўзбекистон ЁЛЛАР ёллар Қазақстан"));
    for (String topic : DemoText.keys()) {
      DemoText text = DemoText.load(topic + "." + language);
      texts.add(text.title() + "\n" + text.summary() + "\n" + text.body());
    }
    for (int round = 0; round < 2; round++) {
      for (String text : texts) {
        assertEquals(tokens(filters, text), tokens(remembering, text));
      }
    }
  }

  /** The chain as it was built from ICU's token filters before terms were remembered. */
  private static Analyzer filters(boolean dropApostrophes, Transliterator skeleton) {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    LatinSkeleton.Apostrophes.CHARACTERS
        .codePoints()
        .forEach(c -> map.add(new String(Character.toChars(c)), ""));
    NormalizeCharMap apostrophes = map.build();
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return dropApostrophes ? new MappingCharFilter(apostrophes, reader) : reader;
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new ICUTokenizer();
        TokenStream tokens = tokenizer;
        if (skeleton != null) {
          tokens = new ICUTransformFilter(tokens, skeleton);
        }
        tokens = new TruncateTokenFilter(IcuFolding.fold(tokens), TurkicAnalyzer.PREFIX);
        return new TokenStreamComponents(tokenizer, tokens);
      }
    };
  }

  private static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
