package dev.tilmash.memory;

import dev.tilmash.article.Article;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.Revision;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggestions for translating an article into a language, segment by segment, from the source
 * revision a new translation would start from: the live source revision, else the working one. The
 * target language needs no version yet: a translator may look before starting.
 */
@ApplicationScoped
@Transactional
public class SuggestionService {
  @Inject ArticleRepository articles;
  @Inject LanguageSet languages;
  @Inject TranslationMemory memory;
  @Inject MemorySettings settings;

  public SuggestionsView suggestions(String articleId, String lang) {
    Language language = languages.require(lang);
    Article article = articles.requireArticle(articleId);
    String sourceLanguage = article.sourceLanguage();
    if (sourceLanguage.equals(language.tag())) {
      throw new ProblemException(
          ProblemType.NOT_A_TRANSLATION, Map.of("id", articleId, "language", language.tag()));
    }
    Revision revision = articles.requireVersion(articleId, sourceLanguage).current();
    Map<String, Found> looked = new HashMap<>();
    List<SegmentSuggestion> segments =
        RevisionText.of(revision, sourceLanguage).segments().stream()
            .map(
                segment -> {
                  Found found =
                      looked.computeIfAbsent(
                          segment.text(), text -> lookUp(sourceLanguage, language.tag(), text));
                  return new SegmentSuggestion(
                      segment.field(),
                      segment.block(),
                      segment.sentence(),
                      segment.text(),
                      found.exact().orElse(null),
                      found.fuzzy());
                })
            .toList();
    return new SuggestionsView(
        articleId, sourceLanguage, language.tag(), revision.number(), segments);
  }

  private Found lookUp(String sourceLanguage, String targetLanguage, String text) {
    Optional<TranslationMemory.Match> exact = memory.exact(sourceLanguage, targetLanguage, text);
    List<TranslationMemory.Match> fuzzy =
        memory
            .fuzzy(
                sourceLanguage,
                targetLanguage,
                text,
                settings.fuzzyMinimum(),
                settings.fuzzyLimit() + 1) // one more, in case the exact match is among them
            .stream()
            .filter(match -> exact.isEmpty() || !sameEntry(match, exact.get()))
            .limit(settings.fuzzyLimit())
            .toList();
    return new Found(exact, fuzzy);
  }

  private static boolean sameEntry(TranslationMemory.Match a, TranslationMemory.Match b) {
    return a.sourceText().equals(b.sourceText())
        && a.targetText().equals(b.targetText())
        && a.articleId().equals(b.articleId())
        && a.revision() == b.revision();
  }

  private record Found(
      Optional<TranslationMemory.Match> exact, List<TranslationMemory.Match> fuzzy) {}
}
