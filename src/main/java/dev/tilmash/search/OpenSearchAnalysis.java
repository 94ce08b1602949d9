package dev.tilmash.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of every {@link LanguageAnalysis} on OpenSearch, under the names the Lucene backend
 * uses ({@link SearchAnalysis}), built from what OpenSearch 2 has without plugins besides smartcn:
 *
 * <ul>
 *   <li>English: OpenSearch's {@code english} analyzer, the same chain as Lucene's.
 *   <li>Russian: {@code ё} read as {@code е}, standard tokenizer, lower case, Russian stop words,
 *       the Snowball Russian stemmer, as {@link RussianTextAnalyzer}.
 *   <li>Chinese: the smartcn plugin's analyzer, Lucene's SmartCN.
 *   <li>Kazakh, Uzbek and the rest: word breaks by the standard tokenizer (Unicode's, as ICU's for
 *       these scripts), ICU folding and Latin skeletons as computed by {@link CharacterMapping}
 *       (the letters whose skeleton depends on their place first, then every other letter), and for
 *       Kazakh and Uzbek the {@value TurkicAnalyzer#PREFIX}-letter prefix rule.
 * </ul>
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {
  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .charFilter("tilmash_yo")
        .type("mapping")
        .param("mappings", "\\u0451 => \\u0435", "\\u0401 => \\u0415");
    context.charFilter("tilmash_fold").type("mapping").param("mappings", folding(false));
    context.charFilter("tilmash_fold_apostrophes").type("mapping").param("mappings", folding(true));
    context.tokenFilter("tilmash_ru_stop").type("stop").param("stopwords", "_russian_");
    context.tokenFilter("tilmash_ru_stem").type("snowball").param("language", "Russian");
    context.tokenFilter("tilmash_prefix").type("truncate").param("length", TurkicAnalyzer.PREFIX);

    context.analyzer(LanguageAnalysis.ENGLISH.analyzerName()).type("english");
    context
        .analyzer(LanguageAnalysis.RUSSIAN.analyzerName())
        .custom()
        .tokenizer("standard")
        .charFilters("tilmash_yo")
        .tokenFilters("lowercase", "tilmash_ru_stop", "tilmash_ru_stem");
    context.analyzer(LanguageAnalysis.CHINESE.analyzerName()).type("smartcn");
    context
        .analyzer(LanguageAnalysis.OTHER.analyzerName())
        .custom()
        .tokenizer("standard")
        .charFilters("tilmash_fold")
        .tokenFilters("lowercase");
    turkic(context, LanguageAnalysis.KAZAKH, "tilmash_fold", LatinSkeleton.KAZAKH);
    turkic(context, LanguageAnalysis.UZBEK, "tilmash_fold_apostrophes", LatinSkeleton.UZBEK);
  }

  private static void turkic(
      ElasticsearchAnalysisConfigurationContext context,
      LanguageAnalysis analysis,
      String folding,
      LatinSkeleton skeleton) {
    context
        .analyzer(analysis.analyzerName())
        .custom()
        .tokenizer("standard")
        .charFilters(folding)
        .tokenFilters("lowercase", "tilmash_prefix");
    String latin = analysis.latinAnalyzerName();
    List<String> filters = new ArrayList<>();
    for (CharacterMapping.ContextRule rule : CharacterMapping.contexts(skeleton)) {
      String name = latin + "_context" + filters.size();
      context
          .charFilter(name)
          .type("pattern_replace")
          .param("pattern", rule.pattern())
          .param("replacement", rule.replacement());
      filters.add(name);
    }
    context
        .charFilter(latin)
        .type("mapping")
        .param("mappings", rules(CharacterMapping.skeleton(skeleton)));
    filters.add(latin);
    context
        .analyzer(latin)
        .custom()
        .tokenizer("standard")
        .charFilters(filters.toArray(String[]::new))
        .tokenFilters("lowercase", "tilmash_prefix");
  }

  private static String[] folding(boolean dropApostrophes) {
    return rules(CharacterMapping.folding(dropApostrophes));
  }

  private static String[] rules(Map<String, String> map) {
    return CharacterMapping.rules(map).toArray(String[]::new);
  }
}
