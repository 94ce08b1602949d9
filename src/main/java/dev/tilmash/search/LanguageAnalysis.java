package dev.tilmash.search;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * How the text of each language is cut into search terms. Every configured language maps to one of
 * these by its language subtag ({@code uz-Cyrl} → {@link #UZBEK}); each has its own index fields
 * ({@code title_ru}, {@code body_zh}…), so one index holds every language with its own analysis.
 *
 * <ul>
 *   <li>English: Lucene's English analyzer (stop words, Porter stemming).
 *   <li>Russian: Snowball stemming, see {@link RussianTextAnalyzer}.
 *   <li>Kazakh, Uzbek: ICU word breaks and folding, five-letter prefixes instead of a stemmer, and
 *       a second, transliterated field so that Cyrillic and Latin spellings meet ({@link
 *       TurkicAnalyzer}, {@link LatinSkeleton}).
 *   <li>Chinese in simplified characters: SmartCN's word segmentation ({@code 中亚} is one word).
 *   <li>Anything else, Traditional Chinese included: ICU word breaks and folding.
 * </ul>
 */
enum LanguageAnalysis {
  ENGLISH("en", EnglishAnalyzer::new, null),
  RUSSIAN("ru", RussianTextAnalyzer::new, null),
  KAZAKH("kk", TurkicAnalyzer::kazakh, LatinSkeleton.KAZAKH),
  UZBEK("uz", TurkicAnalyzer::uzbek, LatinSkeleton.UZBEK),
  CHINESE("zh", SmartChineseAnalyzer::new, null),
  OTHER("any", FoldingAnalyzer::new, null);

  private final String code;
  private final Supplier<Analyzer> analyzer;
  private final LatinSkeleton skeleton;

  LanguageAnalysis(String code, Supplier<Analyzer> analyzer, LatinSkeleton skeleton) {
    this.code = code;
    this.analyzer = analyzer;
    this.skeleton = skeleton;
  }

  /** The analysis for a canonical BCP 47 tag; Chinese in another script than Hans gets ICU's. */
  static LanguageAnalysis of(String tag) {
    ULocale locale = ULocale.addLikelySubtags(ULocale.forLanguageTag(tag));
    String language = locale.getLanguage().toLowerCase(Locale.ROOT);
    if (language.equals("zh") && !"Hans".equals(locale.getScript())) {
      return OTHER;
    }
    return Arrays.stream(values()).filter(a -> a.code.equals(language)).findFirst().orElse(OTHER);
  }

  /** The suffix of this analysis' fields, e.g. {@code title_ru}. */
  String code() {
    return code;
  }

  String analyzerName() {
    return "tilmash_" + code;
  }

  boolean transliterates() {
    return skeleton != null;
  }

  String latinAnalyzerName() {
    return analyzerName() + "_latn";
  }

  Analyzer createAnalyzer() {
    return analyzer.get();
  }

  Analyzer createLatinAnalyzer() {
    if (skeleton == null) {
      throw new IllegalStateException(code + " has no transliterated field");
    }
    return TurkicAnalyzer.transliterating(skeleton);
  }
}
