package dev.tilmash.article;

import dev.tilmash.account.Actor;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.language.ScriptTransliterator;
import dev.tilmash.shared.IfMatch;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives a script variant's version from its sibling ({@code uz-Cyrl} from {@code uz}): the
 * sibling's current words (its live revision, else its working one) are transliterated into a new
 * revision marked with the transform that wrote it. A missing version is created in DRAFT; an
 * existing one is regenerated as an edit, under the same If-Match rule as a PUT. Either way the
 * result is reviewed like any translation.
 */
@ApplicationScoped
@Transactional
public class DerivationService {
  @Inject ArticleRepository articles;
  @Inject LanguageSet languages;
  @Inject Slugs slugs;
  @Inject Clock clock;

  /** The result of a derivation: the version, and whether it was created by it. */
  public record Derived(VersionView view, boolean created) {}

  public Derived derive(Actor actor, String articleId, String lang, IfMatch ifMatch) {
    Language language = languages.require(lang);
    actor.requireWriter(language.tag());
    Language sibling = sibling(language);
    ScriptTransliterator transliterator =
        ScriptTransliterator.between(sibling, language)
            .orElseThrow(() -> notDerived(language, "transform"));
    Optional<LanguageVersion> existing = articles.lockVersion(articleId, language.tag());
    Article article =
        existing.isPresent() ? existing.get().article() : articles.requireLockedArticle(articleId);
    if (article.sourceLanguage().equals(language.tag())) {
      throw cannotDerive(language, "source");
    }
    LanguageVersion from =
        articles
            .version(articleId, sibling.tag())
            .orElseThrow(() -> cannotDerive(language, "missing"));
    if (from.state() == WorkflowState.ARCHIVED) {
      throw cannotDerive(language, "archived");
    }
    Revision basis = from.current();
    VersionContent words = TransliteratedContent.of(basis.content(), transliterator::transliterate);
    Derivation derivation = new Derivation(sibling.tag(), basis.number());
    Integer basedOn = from.isSource() ? basis.number() : basis.basedOnSourceRevision();
    Instant now = clock.instant();
    if (existing.isEmpty()) {
      existing = articles.lockVersion(articleId, language.tag()); // created while we waited?
    }
    if (existing.isPresent()) {
      LanguageVersion version = existing.get();
      ifMatch.requireFor(version.etag()); // regenerating overwrites the working copy
      articles.store(version.derive(actor, words, derivation, basedOn, transliterator.id(), now));
      return new Derived(view(version), false);
    }
    LanguageVersion version =
        new LanguageVersion(
            article, language.tag(), slugs.choose(null, words.title(), language), false);
    Change first =
        version.beginDerived(actor, words, derivation, basedOn, transliterator.id(), now);
    articles.add(version);
    articles.store(first);
    return new Derived(view(version), true);
  }

  private Language sibling(Language language) {
    if (!language.isDerived()) {
      List<String> derived =
          languages.all().stream().filter(Language::isDerived).map(Language::tag).toList();
      throw notDerived(language, derived.isEmpty() ? "none" : "plain");
    }
    return languages.require(language.derivedFrom());
  }

  private VersionView view(LanguageVersion version) {
    return VersionView.of(version, articles.basisMajorRevision(version));
  }

  private ProblemException notDerived(Language language, String reason) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("language", language.tag());
    arguments.put("reason", reason);
    if (language.isDerived()) {
      arguments.put("derivedFrom", language.derivedFrom());
    }
    arguments.put(
        "derivedLanguages",
        languages.all().stream().filter(Language::isDerived).map(Language::tag).toList());
    return new ProblemException(ProblemType.NOT_DERIVED, arguments);
  }

  private static ProblemException cannotDerive(Language language, String reason) {
    return new ProblemException(
        ProblemType.CANNOT_DERIVE,
        Map.of(
            "language", language.tag(),
            "derivedFrom", language.derivedFrom(),
            "reason", reason));
  }
}
