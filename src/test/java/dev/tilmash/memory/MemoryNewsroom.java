package dev.tilmash.memory;

import dev.tilmash.account.Actor;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.Change;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.article.VersionContent;
import dev.tilmash.article.VersionStepped;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.EntityManager;

/**
 * Articles and translations with real words for the memory's JPA tests, built with {@link
 * NewsroomFixture}; every workflow step is handed to a {@link MemoryFeeder} in its own transaction,
 * as the container's {@code VersionStepped} event would.
 */
final class MemoryNewsroom {
  private final JpaTestDatabase db;
  private final NewsroomFixture newsroom;

  MemoryNewsroom(JpaTestDatabase db) {
    this.db = db;
    this.newsroom = new NewsroomFixture(db);
  }

  static MemoryStore store(EntityManager em) {
    MemoryStore store = new MemoryStore();
    store.em = em;
    return store;
  }

  static MemoryFeeder feeder(EntityManager em) {
    MemoryFeeder feeder = new MemoryFeeder();
    feeder.articles = NewsroomFixture.repository(em);
    feeder.store = store(em);
    return feeder;
  }

  /** An article whose source version has these words as its revision 2, in DRAFT. */
  String draftArticle(String language, String slug, VersionContent words) {
    String id = newsroom.article(language, slug, words.title());
    edit(id, language, words, null, NewsroomFixture.EDITOR);
    return id;
  }

  /** An article whose source version is published with these words (revision 2). */
  String publishedArticle(String language, String slug, VersionContent words) {
    String id = draftArticle(language, slug, words);
    newsroom.publish(id, language);
    return id;
  }

  /** A translation of revision 2 of the source, in DRAFT with these words as its revision 2. */
  void translate(String id, String language, String slug, VersionContent words) {
    newsroom.translation(id, language, slug, words.title(), 2);
    edit(id, language, words, 2, NewsroomFixture.translator(language));
  }

  void edit(String id, String language, VersionContent words, Integer basedOn, Actor actor) {
    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          LanguageVersion version = repository.lockVersion(id, language).orElseThrow();
          Change change = version.edit(actor, words, basedOn, newsroom.tick());
          repository.store(change);
          if (change.transition() != null) {
            feeder(em).feed(new VersionStepped(version, change.transition()));
          }
        });
  }

  /** Takes a step and feeds the memory with it; returns how many pairs it remembered. */
  int step(String id, String language, WorkflowAction action, Actor actor) {
    return db.call(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          LanguageVersion version = repository.lockVersion(id, language).orElseThrow();
          Change change = version.perform(action, actor, "memory test", false, newsroom.tick());
          repository.store(change);
          return feeder(em).feed(new VersionStepped(version, change.transition()));
        });
  }

  /** Submit by the translator, approval and publication by the chief editor. */
  int publishTranslation(String id, String language) {
    return step(id, language, WorkflowAction.SUBMIT, NewsroomFixture.translator(language))
        + step(id, language, WorkflowAction.APPROVE, NewsroomFixture.CHIEF)
        + step(id, language, WorkflowAction.PUBLISH, NewsroomFixture.CHIEF);
  }

  long remembered() {
    return db.call(
        em -> em.createQuery("select count(s) from MemorySegment s", Long.class).getSingleResult());
  }
}
