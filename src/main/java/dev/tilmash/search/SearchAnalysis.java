package dev.tilmash.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Registers the analyzers of every {@link LanguageAnalysis} with the Lucene backend; named in
 * {@code persistence.xml} ({@code hibernate.search.backend.analysis.configurer}).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {
  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    for (LanguageAnalysis analysis : LanguageAnalysis.values()) {
      context.analyzer(analysis.analyzerName()).instance(analysis.createAnalyzer());
      if (analysis.transliterates()) {
        context.analyzer(analysis.latinAnalyzerName()).instance(analysis.createLatinAnalyzer());
      }
    }
  }
}
