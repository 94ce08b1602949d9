package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No lost updates: {@code @Version} rejects a write based on a stale read, and {@link
 * ArticleRepository#lockVersion} makes concurrent writers queue so the second one sees the first
 * one's change.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class VersionLockingJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  /** Generous bounds that only keep a broken test from hanging; nothing asserts on time. */
  private static final long WAIT_SECONDS = 30;

  private NewsroomFixture newsroom;
  private String article;

  @BeforeEach
  void anArticle() {
    newsroom = new NewsroomFixture(db);
    article = newsroom.article("en", "contested", "Contested");
  }

  private LanguageVersion load(EntityManager em) {
    return NewsroomFixture.repository(em).version(article, "en").orElseThrow();
  }

  private Change edit(LanguageVersion version, String title) {
    return version.edit(
        NewsroomFixture.EDITOR, NewsroomFixture.content(title), null, newsroom.tick());
  }

  private Change submit(LanguageVersion version) {
    return version.perform(
        WorkflowAction.SUBMIT, NewsroomFixture.EDITOR, null, false, newsroom.tick());
  }

  /**
   * Two entity managers read the same version; the first writes and commits; the second writes what
   * it read and fails. Returns the second one's failure.
   */
  private PersistenceException secondWriterFails(
      Consumer<EntityManager> firstWrite, Consumer<EntityManager> secondWrite) {
    EntityManager first = db.entityManager();
    EntityManager second = db.entityManager();
    try {
      first.getTransaction().begin();
      second.getTransaction().begin();
      load(first);
      load(second);
      firstWrite.accept(first);
      first.getTransaction().commit();
      return assertThrows(
          PersistenceException.class,
          () -> {
            secondWrite.accept(second);
            second.getTransaction().commit();
          });
    } finally {
      for (EntityManager em : List.of(first, second)) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }
  }

  private static void assertCausedBy(Class<? extends Throwable> type, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return;
      }
    }
    throw new AssertionError("expected " + type.getSimpleName() + " in " + failure, failure);
  }

  @Test
  void aWorkflowStepOnAStaleReadFailsAndChangesNothing() {
    PersistenceException failure =
        secondWriterFails(
            em -> NewsroomFixture.repository(em).store(edit(load(em), "First writer")),
            em -> NewsroomFixture.repository(em).store(submit(load(em))));

    assertCausedBy(OptimisticLockException.class, failure);
    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          LanguageVersion version = load(em);
          assertEquals(WorkflowState.DRAFT, version.state());
          assertEquals("First writer", version.working().title());
          assertEquals(List.of(), repository.transitions(version));
        });
  }

  @Test
  void anEditOnAStaleReadFailsAndChangesNothing() {
    PersistenceException failure =
        secondWriterFails(
            em -> NewsroomFixture.repository(em).store(submit(load(em))),
            em -> NewsroomFixture.repository(em).store(edit(load(em), "Second writer")));

    assertCausedBy(OptimisticLockException.class, failure);
    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          LanguageVersion version = load(em);
          assertEquals(WorkflowState.IN_REVIEW, version.state());
          assertEquals(
              List.of(1), repository.revisions(version).stream().map(Revision::number).toList());
        });
  }

  /**
   * Two stale edits both write revision 2; the revision-number constraint fires before the version
   * check, so this race ends in a constraint violation rather than an optimistic-lock failure.
   * Either way the second writer loses; on the server the row lock of {@link
   * ArticleRepository#lockVersion} and the If-Match check stop it before it gets this far.
   */
  @Test
  void twoEditsOnTheSameReadCannotBothWin() {
    PersistenceException failure =
        secondWriterFails(
            em -> NewsroomFixture.repository(em).store(edit(load(em), "First writer")),
            em -> NewsroomFixture.repository(em).store(edit(load(em), "Second writer")));

    SchemaConstraintsJpaTest.assertConstraint("uq_revision_number", failure);
    db.run(
        em -> {
          List<Revision> revisions = NewsroomFixture.repository(em).revisions(load(em));
          assertEquals(
              List.of("Contested", "First writer"),
              revisions.stream().map(Revision::title).toList());
        });
  }

  @Test
  void everySaveAndStepChangesTheEtag() {
    String created = db.call(em -> load(em).etag());
    newsroom.edit(article, "en", "Contested, edited");
    String edited = db.call(em -> load(em).etag());
    newsroom.step(article, "en", WorkflowAction.SUBMIT, NewsroomFixture.EDITOR);
    String submitted = db.call(em -> load(em).etag());

    assertNotEquals(created, edited);
    assertNotEquals(edited, submitted);
    assertNotEquals(created, submitted);
  }

  /** What the second writer saw once it had the lock. */
  private record Seen(long version, int workingRevision, boolean firstWasCommitting) {}

  @Test
  void aLockedVersionMakesTheNextWriterWaitUntilTheFirstCommits() throws Exception {
    CountDownLatch firstHasLock = new CountDownLatch(1);
    CountDownLatch firstMayWrite = new CountDownLatch(1);
    AtomicBoolean firstIsCommitting = new AtomicBoolean();
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      Future<Long> first =
          writers.submit(
              () ->
                  db.call(
                      em -> {
                        ArticleRepository repository = NewsroomFixture.repository(em);
                        LanguageVersion version =
                            repository.lockVersion(article, "en").orElseThrow();
                        firstHasLock.countDown();
                        await(firstMayWrite);
                        repository.store(edit(version, "Written under the lock"));
                        firstIsCommitting.set(true);
                        return version.version();
                      }));
      await(firstHasLock);
      Future<Seen> second =
          writers.submit(
              () ->
                  db.call(
                      em -> {
                        LanguageVersion version =
                            NewsroomFixture.repository(em).lockVersion(article, "en").orElseThrow();
                        return new Seen(
                            version.version(), version.working().number(), firstIsCommitting.get());
                      }));

      assertTrue(aSessionWaitsForALock(), "the second writer never waited for the lock");
      assertFalse(second.isDone(), "the second writer got past a held lock");
      firstMayWrite.countDown();

      long committed = first.get(WAIT_SECONDS, TimeUnit.SECONDS);
      Seen seen = second.get(WAIT_SECONDS, TimeUnit.SECONDS);
      assertTrue(
          seen.firstWasCommitting(), "the second writer went ahead before the first committed");
      assertEquals(committed, seen.version(), "the second writer saw a stale version");
      assertEquals(2, seen.workingRevision());
    } finally {
      firstMayWrite.countDown();
      writers.shutdownNow();
      assertTrue(writers.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS));
    }
  }

  /**
   * Whether the database reports a session blocked by another one, polling up to the generous
   * bound.
   */
  private static boolean aSessionWaitsForALock() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      while (System.nanoTime() < deadline) {
        try (ResultSet blocked = statement.executeQuery(db.engine().sessionsWaitingForALock())) {
          blocked.next();
          if (blocked.getLong(1) > 0) {
            return true;
          }
        }
        Thread.sleep(10);
      }
    }
    return false;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("gave up waiting");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
