package dev.tilmash.article;

import dev.tilmash.account.Actor;
import dev.tilmash.audit.AuditKind;
import dev.tilmash.audit.AuditLog;
import dev.tilmash.audit.AuditSubject;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.IfMatch;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/**
 * The revisions of a language version: reading them, comparing them word by word, restoring one as
 * the new working revision, and showing a translation what changed in its source.
 */
@ApplicationScoped
@Transactional
public class RevisionService {
  @Inject ArticleRepository articles;
  @Inject RevisionQuery revisions;
  @Inject LanguageSet languages;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public Page<HistoryView.RevisionEntry> list(String articleId, String lang, PageRequest page) {
    return revisions.newestFirst(find(articleId, lang), page).map(HistoryView.RevisionEntry::of);
  }

  public RevisionView get(String articleId, String lang, int number) {
    LanguageVersion version = find(articleId, lang);
    return RevisionView.of(revision(version, number), version);
  }

  public RevisionDiff diff(String articleId, String lang, int from, int to) {
    LanguageVersion version = find(articleId, lang);
    return RevisionDiff.between(revision(version, from), revision(version, to), version.language());
  }

  /**
   * Makes revision {@code number}'s words the working copy again, as a new revision, under the same
   * If-Match rules as a PUT. The workflow treats it as an edit; see {@link
   * LanguageVersion#restore}. A restore that changes nothing writes nothing and is not audited.
   */
  public VersionView restore(
      Actor actor, String articleId, String lang, int number, IfMatch ifMatch) {
    Language language = languages.require(lang);
    ifMatch.requirePresent();
    LanguageVersion version = articles.requireLockedVersion(articleId, language.tag());
    ifMatch.requireFor(version.etag());
    Change change = version.restore(actor, revision(version, number), clock.instant());
    articles.store(change);
    if (change.revision() != null) {
      audit.record(
          actor.username(),
          AuditKind.RESTORE,
          AuditSubject.version(articleId, version.language(), change.revision().number()),
          "restored revision " + number);
    }
    return VersionView.of(version, articles.basisMajorRevision(version));
  }

  /**
   * The source version's changes since the revision this translation was made from, up to the
   * source's live revision. Only a translation whose source has something live has them. For a
   * derived version the "source" is the sibling it was derived from ({@code uz} for {@code
   * uz-Cyrl}), and the revision it follows is the one it was derived from.
   */
  public SourceChangesView sourceChanges(String articleId, String lang) {
    LanguageVersion translation = find(articleId, lang);
    String sourceLanguage = translation.basisLanguage();
    if (translation.isSource()) {
      throw noSourceChanges(translation, "source");
    }
    LanguageVersion source = articles.requireVersion(articleId, sourceLanguage);
    if (source.live() == null) {
      throw noSourceChanges(translation, "unpublished");
    }
    Integer followed =
        translation.isDerived()
            ? translation.derivation().revision()
            : translation.basedOnSourceRevision();
    if (followed == null) {
      throw noSourceChanges(translation, "untracked");
    }
    Revision basis = revision(source, followed);
    return new SourceChangesView(
        translation.language(),
        sourceLanguage,
        basis.number(),
        source.live().number(),
        translation.isOutdated(translation.basisMajorRevision(source)),
        RevisionDiff.between(basis, source.live(), sourceLanguage));
  }

  private LanguageVersion find(String articleId, String lang) {
    return articles.requireVersion(articleId, languages.require(lang).tag());
  }

  private Revision revision(LanguageVersion version, int number) {
    return revisions.require(version, number);
  }

  private static ProblemException noSourceChanges(LanguageVersion translation, String reason) {
    return new ProblemException(
        ProblemType.NO_SOURCE_CHANGES,
        Map.of(
            "language", translation.language(),
            "sourceLanguage", translation.basisLanguage(),
            "reason", reason));
  }
}
