package dev.tilmash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

/**
 * The Kazakh and Uzbek analysis that {@link OpenSearchAnalysis} defines, rebuilt here from the
 * Lucene classes that OpenSearch's {@code pattern_replace}, {@code mapping}, {@code standard},
 * {@code lowercase} and {@code truncate} are made of, gives the terms of the Lucene backend's
 * analysis: both backends index and query the same thing.
 */
class CharacterMappingTest {
  private static final List<String> UZBEK =
      List.of(
          "Oʻzbekiston yoʻllari",
          "Ўзбекистон йўллари",
          "Toshkent shahri",
          "ТОШКЕНТ ШАҲРИ",
          "Ер юзи ва Европа",
          "Yer yuzi va Yevropa",
          "Ёшлар ёзувчилар билан",
          "Gʻalla va maʼrifat",
          "Ғалла ва маърифат",
          "Муҳаммад Қодирий, иқтисодиёт (ер) «Ер»",
          "Цех ва концерт, ҳаёт, мавзуъ, съезд");

  private static final List<String> KAZAKH =
      List.of(
          "Қазақстан Республикасы",
          "Qazaqstan Respublikasy",
          "Алматы мен Шығыс",
          "Жаңа Еуропа, ел мен жер",
          "Ұлттық Әуе жолдары, Үкімет, Өскемен, Һ",
          "Şyğys jaña el men jer",
          "Zhana shygys khabar");

  @Test
  void shouldGiveUzbekTheLatinSkeletonTermsOfTheLuceneBackend() {
    assertSameTerms(
        LanguageAnalysis.UZBEK.createLatinAnalyzer(), openSearchLatin(LatinSkeleton.UZBEK), UZBEK);
  }

  @Test
  void shouldGiveKazakhTheLatinSkeletonTermsOfTheLuceneBackend() {
    assertSameTerms(
        LanguageAnalysis.KAZAKH.createLatinAnalyzer(),
        openSearchLatin(LatinSkeleton.KAZAKH),
        KAZAKH);
  }

  @Test
  void shouldGiveTheNativeFieldsTheTermsOfTheLuceneBackend() {
    assertSameTerms(LanguageAnalysis.UZBEK.createAnalyzer(), openSearchNative(true), UZBEK);
    assertSameTerms(LanguageAnalysis.KAZAKH.createAnalyzer(), openSearchNative(false), KAZAKH);
  }

  @Test
  void shouldWriteAWordInitialUzbekYeAsTheLatinAlphabetDoes() {
    Analyzer latin = openSearchLatin(LatinSkeleton.UZBEK);
    assertEquals(
        LanguageAnalysisTest.terms(latin, "Yer Yevropa"),
        LanguageAnalysisTest.terms(latin, "Ер Европа"));
    assertEquals(List.of("yer", "yevro"), LanguageAnalysisTest.terms(latin, "Ер Европа"));
  }

  private static void assertSameTerms(Analyzer lucene, Analyzer openSearch, List<String> texts) {
    for (String text : texts) {
      assertEquals(
          LanguageAnalysisTest.terms(lucene, text),
          LanguageAnalysisTest.terms(openSearch, text),
          text);
    }
  }

  private static Analyzer openSearchLatin(LatinSkeleton skeleton) {
    return new Chain(CharacterMapping.contexts(skeleton), CharacterMapping.skeleton(skeleton));
  }

  private static Analyzer openSearchNative(boolean dropApostrophes) {
    return new Chain(List.of(), CharacterMapping.folding(dropApostrophes));
  }

  /** Character filters in order, the standard tokenizer, lower case, the prefix. */
  private static final class Chain extends Analyzer {
    private final List<CharacterMapping.ContextRule> contexts;
    private final NormalizeCharMap map;

    Chain(List<CharacterMapping.ContextRule> contexts, Map<String, String> mapping) {
      this.contexts = contexts;
      NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
      mapping.forEach(builder::add);
      this.map = builder.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      Reader filtered = reader;
      for (CharacterMapping.ContextRule rule : contexts) {
        filtered =
            new PatternReplaceCharFilter(
                Pattern.compile(rule.pattern()), rule.replacement(), filtered);
      }
      return new MappingCharFilter(map, filtered);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new StandardTokenizer();
      return new TokenStreamComponents(
          tokenizer,
          new TruncateTokenFilter(new LowerCaseFilter(tokenizer), TurkicAnalyzer.PREFIX));
    }
  }
}
