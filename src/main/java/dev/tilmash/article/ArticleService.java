package dev.tilmash.article;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.vocabulary.VocabularyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Creating articles and the editorial list. */
@ApplicationScoped
@Transactional
public class ArticleService {
  @Inject ArticleRepository articles;
  @Inject EditorialQuery editorial;
  @Inject CoverageQuery coverage;
  @Inject LanguageSet languages;
  @Inject Slugs slugs;
  @Inject VocabularyService vocabulary;
  @Inject Clock clock;

  /**
   * An editor creates an article with its source language version as revision 1. Its section must
   * be in the vocabulary; a tag that is not yet is added to it (see {@link
   * VocabularyService#ensureTags}).
   */
  public ArticleView create(Actor actor, NewArticle input) {
    actor.require(Role.EDITOR);
    Language source = languages.requireInBody("sourceLanguage", input.sourceLanguage());
    vocabulary.requireSection(input.section());
    vocabulary.ensureTags(actor, input.tagList());
    Instant now = clock.instant();
    Article article =
        new Article(
            source.tag(), input.tagList(), input.author(), input.source(), actor.username(), now);
    article.placeIn(input.section());
    LanguageVersion version =
        new LanguageVersion(
            article,
            source.tag(),
            slugs.choose(input.slug(), input.title(), source),
            input.slug() != null);
    Change first = version.begin(actor, input.content(), null, now);
    articles.add(article);
    articles.add(version);
    articles.store(first);
    return ArticleView.of(article, List.of(version));
  }

  /** Per configured language, how many articles are published, in progress, missing, outdated. */
  public Coverage coverage() {
    return coverage.count(languages.tags());
  }

  public ArticleView get(String id) {
    Article article = articles.requireArticle(id);
    return ArticleView.ofSummaries(article, articles.summariesOf(List.of(id)));
  }

  /**
   * A page of the editorial list. The versions of the page's articles are read in one query, as
   * {@link SummarizedVersion}s: the list shows no revision's words. The resource remembers pages as
   * JSON in {@link EditorialCache}.
   */
  public Page<ArticleView> list(EditorialFilter filter, PageRequest page) {
    EditorialFilter canonical =
        new EditorialFilter(
            filter.state(),
            filter.language() == null ? null : languages.require(filter.language()).tag(),
            filter.outdated(),
            filter.q());
    Page<Article> found = editorial.find(canonical, page);
    Map<String, List<SummarizedVersion>> byArticle =
        articles.summariesOf(found.items().stream().map(Article::id).toList()).stream()
            .collect(Collectors.groupingBy(SummarizedVersion::articleId));
    return found.map(a -> ArticleView.ofSummaries(a, byArticle.getOrDefault(a.id(), List.of())));
  }
}
