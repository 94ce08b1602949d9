package dev.tilmash.article;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.audit.AuditLogs;
import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds newsroom data for the JPA tests through the domain itself, one transaction per step, as
 * the services would: articles with their source version, translations, edits and the submit →
 * approve (by another editor) → publish path. A clock that moves one minute per step keeps every
 * timestamp distinct and in the order the steps were taken.
 */
public final class NewsroomFixture {
  public static final Actor EDITOR = new Actor("editor", Set.of(Role.EDITOR), Set.of());

  /** The second editor, who approves what {@link #EDITOR} submitted (four eyes). */
  public static final Actor CHIEF = new Actor("chief", Set.of(Role.EDITOR), Set.of());

  private final JpaTestDatabase db;
  private Instant clock = Instant.parse("2026-03-01T08:00:00Z");

  public NewsroomFixture(JpaTestDatabase db) {
    this.db = db;
  }

  public static Actor translator(String language) {
    return new Actor("translator-" + language, Set.of(Role.TRANSLATOR), Set.of(language));
  }

  public static VersionContent content(String title) {
    return new VersionContent(title, "Summary of " + title, "Body of *" + title + "*.");
  }

  public static ArticleRepository repository(EntityManager em) {
    ArticleRepository repository = new ArticleRepository();
    repository.em = em;
    repository.audit = AuditLogs.writingTo(em);
    return repository;
  }

  /** The time of the next step; each call is one minute after the previous one. */
  public Instant tick() {
    clock = clock.plus(Duration.ofMinutes(1));
    return clock;
  }

  /** A new article whose source version is in DRAFT with revision 1; returns its id. */
  public String article(String sourceLanguage, String slug, String title) {
    return articleAt(tick(), sourceLanguage, slug, title);
  }

  /** As {@link #article}, created at the given time (several articles may share one). */
  public String articleAt(Instant now, String sourceLanguage, String slug, String title) {
    return db.call(
        em -> {
          Article article =
              new Article(sourceLanguage, List.of("news"), "Staff", "Wire", EDITOR.username(), now);
          LanguageVersion version = new LanguageVersion(article, sourceLanguage, slug, true);
          Change first = version.begin(EDITOR, content(title), null, now);
          ArticleRepository repository = repository(em);
          repository.add(article);
          repository.add(version);
          repository.store(first);
          return article.id();
        });
  }

  /** A translation in DRAFT, translated from the given source revision. */
  public void translation(
      String articleId, String language, String slug, String title, Integer basedOn) {
    db.run(
        em -> {
          ArticleRepository repository = repository(em);
          Article article = repository.article(articleId).orElseThrow();
          LanguageVersion version = new LanguageVersion(article, language, slug, true);
          Change first = version.begin(translator(language), content(title), basedOn, tick());
          repository.add(version);
          repository.store(first);
        });
  }

  /**
   * A version in DRAFT whose words were transliterated from revision {@code fromRevision} of the
   * sibling {@code fromLanguage}, as the derivation service writes it.
   */
  public void derived(
      String articleId,
      String language,
      String slug,
      String fromLanguage,
      int fromRevision,
      String title) {
    db.run(
        em -> {
          ArticleRepository repository = repository(em);
          Article article = repository.article(articleId).orElseThrow();
          LanguageVersion version = new LanguageVersion(article, language, slug, true);
          Change first =
              version.beginDerived(
                  EDITOR,
                  content(title),
                  new Derivation(fromLanguage, fromRevision),
                  1,
                  "test-transform",
                  tick());
          repository.add(version);
          repository.store(first);
        });
  }

  /** Saves a new working revision with this title; a published version goes back to DRAFT. */
  public void edit(String articleId, String language, String title) {
    edit(articleId, language, title, null);
  }

  public void edit(String articleId, String language, String title, Integer basedOn) {
    onVersion(articleId, language, v -> v.edit(EDITOR, content(title), basedOn, tick()));
  }

  public void changeSlug(String articleId, String language, String newSlug) {
    onVersion(articleId, language, v -> v.changeSlug(newSlug, tick()));
  }

  /** Submit by {@link #EDITOR}, approve and publish by {@link #CHIEF}. */
  public void publish(String articleId, String language) {
    publish(articleId, language, false);
  }

  public void publish(String articleId, String language, boolean minor) {
    step(articleId, language, WorkflowAction.SUBMIT, EDITOR, false);
    step(articleId, language, WorkflowAction.APPROVE, CHIEF, false);
    step(articleId, language, WorkflowAction.PUBLISH, CHIEF, minor);
  }

  public void step(String articleId, String language, WorkflowAction action, Actor actor) {
    step(articleId, language, action, actor, false);
  }

  private void step(
      String articleId, String language, WorkflowAction action, Actor actor, boolean minor) {
    onVersion(articleId, language, v -> v.perform(action, actor, "by fixture", minor, tick()));
  }

  private void onVersion(
      String articleId, String language, Function<LanguageVersion, Change> work) {
    db.run(
        em -> {
          ArticleRepository repository = repository(em);
          LanguageVersion version = repository.lockVersion(articleId, language).orElseThrow();
          repository.store(work.apply(version));
        });
  }
}
