package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.text.MarkdownBody;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lookups and stores of {@link ArticleRepository}. */
class ArticleRepositoryJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private NewsroomFixture newsroom;

  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
  }

  @Test
  void findsAVersionWithItsWorkingAndLiveRevisions() {
    String article = newsroom.article("en", "lookup", "Lookup");
    newsroom.publish(article, "en");
    newsroom.edit(article, "en", "Lookup, revised");

    db.run(
        em -> {
          LanguageVersion version =
              NewsroomFixture.repository(em).version(article, "en").orElseThrow();
          em.clear();
          // fetched by the query: readable without the persistence context
          assertEquals(2, version.working().number());
          assertEquals("Lookup, revised", version.working().title());
          assertEquals(1, version.live().number());
          assertEquals("Lookup", version.live().title());
          assertEquals(WorkflowState.DRAFT, version.state());
        });
  }

  @Test
  void findsAVersionThatWasNeverPublished() {
    String article = newsroom.article("en", "never", "Never published");

    db.run(
        em -> {
          LanguageVersion version =
              NewsroomFixture.repository(em).version(article, "en").orElseThrow();
          assertNull(version.live());
          assertEquals(1, version.working().number());
        });
  }

  @Test
  void noVersionForAnotherLanguageOrAnUnknownArticle() {
    String article = newsroom.article("en", "alone", "Alone");

    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          assertTrue(repository.version(article, "ru").isEmpty());
          assertTrue(repository.version("no-such-article", "en").isEmpty());
          assertTrue(repository.lockVersion(article, "ru").isEmpty());
          assertTrue(repository.article("no-such-article").isEmpty());
        });
  }

  @Test
  void versionsOfSeveralArticlesComeInLanguageOrder() {
    String first = newsroom.article("ru", "pervaya", "Первая");
    newsroom.translation(first, "en", "first", "First", 1);
    newsroom.translation(first, "kk", "birinshi", "Бірінші", 1);
    String second = newsroom.article("en", "second", "Second");
    String other = newsroom.article("en", "other", "Other");

    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          List<LanguageVersion> versions = repository.versionsOf(List.of(first, second));
          assertEquals(
              List.of("en", "en", "kk", "ru"),
              versions.stream().map(LanguageVersion::language).toList());
          // the two English versions may come in either order
          assertEquals(
              Set.of(first + "/en", second + "/en", first + "/kk", first + "/ru"),
              versions.stream()
                  .map(v -> v.article().id() + "/" + v.language())
                  .collect(Collectors.toSet()));
          assertFalse(versions.stream().anyMatch(v -> v.article().id().equals(other)));
          assertEquals(List.of(), repository.versionsOf(List.of()));
        });
  }

  @Test
  void slugsAreTakenPerLanguageByVersionsAndByAliases() {
    String article = newsroom.article("en", "first-slug", "Slugs");
    newsroom.changeSlug(article, "en", "second-slug");

    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          assertTrue(repository.slugTaken("en", "second-slug"), "current slug");
          assertTrue(repository.slugTaken("en", "first-slug"), "retired slug");
          assertFalse(repository.slugTaken("ru", "second-slug"), "other language");
          assertFalse(repository.slugTaken("ru", "first-slug"), "other language, alias");
          assertFalse(repository.slugTaken("en", "third-slug"), "free");
          assertEquals("second-slug", repository.version(article, "en").orElseThrow().slug());
        });
  }

  @Test
  void transitionsComeInTheOrderTheyHappened() {
    String article = newsroom.article("en", "history", "History");
    newsroom.step(article, "en", WorkflowAction.SUBMIT, NewsroomFixture.EDITOR);
    newsroom.step(article, "en", WorkflowAction.REQUEST_CHANGES, NewsroomFixture.CHIEF);
    newsroom.edit(article, "en", "History, fixed");
    newsroom.publish(article, "en");

    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          LanguageVersion version = repository.version(article, "en").orElseThrow();
          List<WorkflowTransition> transitions = repository.transitions(version);
          assertEquals(
              List.of(
                  WorkflowAction.SUBMIT,
                  WorkflowAction.REQUEST_CHANGES,
                  WorkflowAction.SUBMIT,
                  WorkflowAction.APPROVE,
                  WorkflowAction.PUBLISH),
              transitions.stream().map(WorkflowTransition::action).toList());
          WorkflowTransition publish = transitions.get(4);
          assertEquals(WorkflowState.APPROVED, publish.from());
          assertEquals(WorkflowState.PUBLISHED, publish.to());
          assertEquals(2, publish.revision());
          assertEquals("chief", publish.actor());
          assertEquals(1, transitions.get(0).revision());
          for (int i = 1; i < transitions.size(); i++) {
            assertTrue(transitions.get(i - 1).at().isBefore(transitions.get(i).at()));
          }
        });
  }

  /** Steps in one transaction share a timestamp; then the order they were stored in decides. */
  @Test
  void transitionsAtTheSameInstantKeepTheirStoringOrder() {
    String article = newsroom.article("en", "same-instant", "Same instant");
    Instant now = newsroom.tick();

    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          LanguageVersion version = repository.lockVersion(article, "en").orElseThrow();
          repository.store(
              version.perform(WorkflowAction.SUBMIT, NewsroomFixture.EDITOR, null, false, now));
          repository.store(
              version.perform(WorkflowAction.APPROVE, NewsroomFixture.CHIEF, null, false, now));
          repository.store(
              version.perform(WorkflowAction.PUBLISH, NewsroomFixture.CHIEF, null, false, now));
        });

    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          LanguageVersion version = repository.version(article, "en").orElseThrow();
          assertEquals(
              List.of(WorkflowAction.SUBMIT, WorkflowAction.APPROVE, WorkflowAction.PUBLISH),
              repository.transitions(version).stream().map(WorkflowTransition::action).toList());
        });
  }

  @Test
  void revisionsComeInNumberOrderAndRecordPublishing() {
    String article = newsroom.article("en", "revisions", "Rev one");
    newsroom.publish(article, "en");
    newsroom.edit(article, "en", "Rev two");
    newsroom.edit(article, "en", "Rev three");
    newsroom.publish(article, "en", true);

    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          List<Revision> revisions =
              repository.revisions(repository.version(article, "en").orElseThrow());
          assertEquals(List.of(1, 2, 3), revisions.stream().map(Revision::number).toList());
          assertEquals(
              List.of("Rev one", "Rev two", "Rev three"),
              revisions.stream().map(Revision::title).toList());
          assertNotNull(revisions.get(0).publishedAt());
          assertFalse(revisions.get(0).minor());
          assertNull(revisions.get(1).publishedAt());
          assertNotNull(revisions.get(2).publishedAt());
          assertTrue(revisions.get(2).minor());
          assertEquals(
              MarkdownBody.toSafeHtml(NewsroomFixture.content("Rev three").body()),
              revisions.get(2).bodyHtml());
        });
  }

  /** A revision's words are frozen by the mapping: changes to them never reach the table. */
  @Test
  void revisionContentIsNeverUpdated() {
    String article = newsroom.article("en", "frozen", "Frozen words");
    Instant publishedAt = Instant.parse("2030-01-01T00:00:00Z");
    List<String> frozen =
        List.of("title", "summary", "body", "bodyHtml", "author", "contentHash", "number");

    db.run(
        em -> {
          Revision revision =
              NewsroomFixture.repository(em).version(article, "en").orElseThrow().working();
          for (String name : frozen) {
            try {
              Field field = Revision.class.getDeclaredField(name);
              field.setAccessible(true);
              field.set(revision, field.getType() == int.class ? (Object) 99 : "tampered");
            } catch (ReflectiveOperationException e) {
              throw new AssertionError(e);
            }
          }
          revision.markPublished(publishedAt, true);
        });

    db.run(
        em -> {
          Revision revision =
              NewsroomFixture.repository(em).version(article, "en").orElseThrow().working();
          assertEquals(1, revision.number());
          assertEquals("Frozen words", revision.title());
          assertEquals("Summary of Frozen words", revision.summary());
          assertEquals(NewsroomFixture.content("Frozen words").body(), revision.body());
          assertEquals(NewsroomFixture.content("Frozen words").hash(), revision.contentHash());
          assertEquals("editor", revision.author());
          // only the publishing facts may change
          assertEquals(publishedAt, revision.publishedAt());
          assertTrue(revision.minor());
        });
  }

  @Test
  void storingAChangeWritesItOutAtOnce() {
    String article = newsroom.article("en", "flushed", "Flushed");

    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          LanguageVersion version = repository.lockVersion(article, "en").orElseThrow();
          repository.store(
              version.edit(
                  NewsroomFixture.EDITOR,
                  NewsroomFixture.content("Flushed 2"),
                  null,
                  newsroom.tick()));
          Number rows =
              (Number)
                  em.createNativeQuery(
                          "select count(*) from revision r join language_version v"
                              + " on r.language_version_id = v.id where v.article_id = ?1")
                      .setParameter(1, article)
                      .getSingleResult();
          assertEquals(2, rows.intValue());
        });
  }

  @Test
  void anUnchangedSaveStoresNothing() {
    String article = newsroom.article("en", "unchanged", "Unchanged");
    long before =
        db.call(
            em -> NewsroomFixture.repository(em).version(article, "en").orElseThrow().version());
    newsroom.edit(article, "en", "Unchanged");

    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          LanguageVersion version = repository.version(article, "en").orElseThrow();
          assertEquals(1, repository.revisions(version).size());
          assertEquals(before, version.version(), "the ETag must not change");
        });
  }
}
