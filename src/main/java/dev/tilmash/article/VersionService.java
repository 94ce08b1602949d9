package dev.tilmash.article;

import dev.tilmash.account.Actor;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.IfMatch;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading and writing one language version: its working copy, its workflow steps and its history.
 * Writes lock the version row and check the caller's ETag, so two translators never silently
 * overwrite each other.
 */
@ApplicationScoped
@Transactional
public class VersionService {
  @Inject ArticleRepository articles;
  @Inject LanguageSet languages;
  @Inject Slugs slugs;
  @Inject Clock clock;
  @Inject ReleaseScheduler releases;
  @Inject Validator validator;

  /** The result of a PUT: the version, and whether it was created by it. */
  public record Saved(VersionView view, boolean created) {}

  public VersionView get(String articleId, String lang) {
    return view(find(articleId, languages.require(lang)));
  }

  public Saved save(
      Actor actor, String articleId, String lang, VersionInput input, IfMatch ifMatch) {
    Language language = languages.require(lang);
    if (ifMatch.isCreate()) {
      return new Saved(start(actor, articleId, language, input), true);
    }
    ifMatch.requirePresent();
    LanguageVersion version = lockForWrite(articleId, language, ifMatch);
    Instant now = clock.instant();
    Integer basedOn = checkBasis(version.article(), language, input.basedOnSourceRevision());
    boolean newSlug = input.slug() != null && !input.slug().equals(version.slug());
    if (newSlug) {
      slugs.requireFree(input.slug(), language); // everything is checked before anything is written
    }
    articles.store(version.edit(actor, input.content(), basedOn, input.comment(), now));
    if (newSlug) {
      articles.store(version.changeSlug(input.slug(), now));
    }
    return new Saved(view(version), false);
  }

  /**
   * Saves a translation made outside, from an XLIFF file: validated as a PUT's body is, then saved
   * as a PUT is, and submitted for review when {@code submit} asks for it.
   */
  public Saved importTranslation(
      Actor actor,
      String articleId,
      String lang,
      VersionInput input,
      IfMatch ifMatch,
      boolean submit) {
    Set<ConstraintViolation<VersionInput>> invalid = validator.validate(input);
    if (!invalid.isEmpty()) {
      throw new ConstraintViolationException(invalid);
    }
    Saved saved = save(actor, articleId, lang, input, ifMatch);
    if (!submit) {
      return saved;
    }
    TransitionInput submission = new TransitionInput("submit", null, null, null, null);
    return new Saved(
        transition(actor, articleId, lang, submission, IfMatch.of(null)), saved.created());
  }

  public VersionView transition(
      Actor actor, String articleId, String lang, TransitionInput input, IfMatch ifMatch) {
    Language language = languages.require(lang);
    WorkflowAction action = WorkflowAction.transition(input.action());
    Instant now = clock.instant();
    if (input.publishAt() != null && action != WorkflowAction.PUBLISH
        || input.unpublishAt() != null
            && action != WorkflowAction.PUBLISH
            && action != WorkflowAction.UNPUBLISH) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", List.of("publishAt", "unpublishAt")));
    }
    boolean later = input.publishAt() != null && input.publishAt().isAfter(now);
    if (later || input.unpublishAt() != null) {
      lockForWrite(articleId, language, ifMatch);
      releases.schedule(
          actor,
          articleId,
          List.of(language.tag()),
          action,
          input.publishAt(),
          input.unpublishAt(),
          input.isMinor());
      return view(find(articleId, language));
    }
    LanguageVersion version = lockForWrite(articleId, language, ifMatch);
    articles.store(version.perform(action, actor, input.comment(), input.isMinor(), now));
    return view(version);
  }

  public HistoryView history(String articleId, String lang) {
    LanguageVersion version = find(articleId, languages.require(lang));
    return new HistoryView(
        version.language(),
        articles.transitions(version).stream().map(HistoryView.Step::of).toList(),
        articles.revisions(version).stream().map(HistoryView.RevisionEntry::of).toList(),
        releases.scheduled(version));
  }

  private VersionView start(Actor actor, String articleId, Language language, VersionInput input) {
    Article article = articles.requireLockedArticle(articleId);
    if (articles.version(articleId, language.tag()).isPresent()) {
      throw new ProblemException(ProblemType.VERSION_EXISTS, Map.of("language", language.tag()));
    }
    Integer basedOn = checkBasis(article, language, input.basedOnSourceRevision());
    if (basedOn == null) {
      LanguageVersion source = find(articleId, languages.require(article.sourceLanguage()));
      basedOn = source.current().number();
    }
    LanguageVersion version =
        new LanguageVersion(
            article,
            language.tag(),
            slugs.choose(input.slug(), input.title(), language),
            input.slug() != null);
    Change first = version.begin(actor, input.content(), basedOn, clock.instant());
    articles.add(version);
    articles.store(first);
    return view(version);
  }

  /** The version locked for a write the caller's ETags allow; none named is a 428 or not needed. */
  private LanguageVersion lockForWrite(String articleId, Language language, IfMatch ifMatch) {
    LanguageVersion version = articles.requireLockedVersion(articleId, language.tag());
    ifMatch.checkFor(version.etag());
    return version;
  }

  /**
   * A translation's source revision must exist. The source version itself follows no source
   * revision, so any number sent for it names a revision that does not exist.
   */
  private Integer checkBasis(Article article, Language language, Integer basedOn) {
    if (basedOn == null) {
      return null;
    }
    if (article.sourceLanguage().equals(language.tag())) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", List.of("basedOnSourceRevision")));
    }
    LanguageVersion source = find(article.id(), languages.require(article.sourceLanguage()));
    if (basedOn > source.working().number()) {
      throw new ProblemException(
          ProblemType.INVALID_FIELD, Map.of("fields", List.of("basedOnSourceRevision")));
    }
    return basedOn;
  }

  private LanguageVersion find(String articleId, Language language) {
    return articles.requireVersion(articleId, language.tag());
  }

  private VersionView view(LanguageVersion version) {
    return VersionView.of(version, articles.basisMajorRevision(version));
  }
}
