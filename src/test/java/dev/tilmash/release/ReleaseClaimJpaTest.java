package dev.tilmash.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.account.Accounts;
import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.language.LanguageSets;
import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two server instances (two entity manager factories on one database) claiming the same due
 * releases: each release fires exactly once, and an instance skips a release that the other holds
 * instead of waiting for it ({@code FOR UPDATE SKIP LOCKED}, on PostgreSQL and on H2 2.3 alike).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReleaseClaimJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final List<String> LANGUAGES = List.of("ru", "kk");
  private static final int RELEASES = 4;

  private static final List<String> statements = Collections.synchronizedList(new ArrayList<>());

  /** The second instance, built once: a factory takes as long to start as a test takes to run. */
  private static EntityManagerFactory second;

  private NewsroomFixture newsroom;
  private final List<String> articles = new ArrayList<>();
  private Instant later;

  @BeforeAll
  static void startTheSecondInstance() {
    second = db.anotherInstance(ReleaseClaimJpaTest::record);
  }

  @AfterAll
  static void stopTheSecondInstance() {
    second.close();
  }

  @BeforeEach
  void dueReleasesOfSeveralArticles() {
    newsroom = new NewsroomFixture(db);
    db.run(em -> Accounts.store(em, NewsroomFixture.CHIEF));
    for (int n = 0; n < RELEASES; n++) {
      String article = newsroom.article("en", "grain-" + n, "Grain " + n);
      for (String lang : LANGUAGES) {
        newsroom.translation(article, lang, "grain-" + n + "-" + lang, "Grain " + lang, null);
        newsroom.step(article, lang, WorkflowAction.SUBMIT, NewsroomFixture.translator(lang));
        newsroom.step(article, lang, WorkflowAction.APPROVE, NewsroomFixture.CHIEF);
      }
      articles.add(article);
    }
    Instant now = newsroom.tick();
    Instant due = now.plus(Duration.ofHours(1));
    for (String article : articles) {
      db.run(
          em ->
              Schedulers.service(em, now, LanguageSets.basic())
                  .release(
                      NewsroomFixture.CHIEF,
                      article,
                      new ReleaseInput(LANGUAGES, due, null, false)));
    }
    later = due.plusSeconds(30);
    statements.clear();
  }

  @Test
  void shouldFireEachReleaseExactlyOnceWhenTwoInstancesRace() {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> instances =
        List.of(db.factory(), second).stream()
            .map(
                instance ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          awaitStart(start);
                          return Schedulers.runner(instance, later).runDue();
                        }))
            .toList();
    start.countDown();
    int fired = instances.stream().mapToInt(CompletableFuture::join).sum();

    assertEquals(RELEASES * LANGUAGES.size(), fired, "every step, each run once");
    for (String article : articles) {
      for (String lang : LANGUAGES) {
        assertEquals(1, publishTransitions(article, lang), article + " " + lang);
      }
    }
    assertEquals(0, Schedulers.runner(db.factory(), later).runDue(), "nothing left on A");
    assertEquals(0, Schedulers.runner(second, later).runDue(), "nothing left on B");
  }

  @Test
  void shouldClaimWithSkipLocked() {
    Schedulers.runner(second, later).runDue();

    List<String> claims =
        statements.stream()
            .map(ReleaseClaimJpaTest::lower)
            .filter(sql -> sql.contains(" for "))
            .toList();
    assertFalse(claims.isEmpty(), "no locking statement was sent");
    assertTrue(
        claims.stream().anyMatch(sql -> sql.contains("for update skip locked")), claims::toString);
  }

  @Test
  void shouldSkipAReleaseThatTheOtherInstanceHoldsWithoutWaiting() {
    String held = articles.get(0);
    EntityManager first = db.factory().createEntityManager();
    try {
      first.getTransaction().begin();
      String releaseId = releaseOf(held);
      assertEquals(
          LANGUAGES.size(), Schedulers.steps(first).lockDue(releaseId, later).size(), "claimed");

      // Were B to wait for A's claim, this call would not return while A holds it.
      int fired = Schedulers.runner(second, later).runDue();

      assertEquals((RELEASES - 1) * LANGUAGES.size(), fired, "every other release");
      assertEquals(0, publishTransitions(held, "ru"), "the held release is left to its holder");
    } finally {
      first.getTransaction().rollback();
      first.close();
    }
    assertEquals(LANGUAGES.size(), Schedulers.runner(second, later).runDue(), "once released");
    assertEquals(1, publishTransitions(held, "kk"));
  }

  /** The second instance's statement inspector: keeps what it sends about scheduled steps. */
  private static String record(String sql) {
    if (lower(sql).contains("scheduled_step")) {
      statements.add(sql);
    }
    return sql;
  }

  private static String lower(String sql) {
    return sql.toLowerCase(Locale.ROOT);
  }

  private String releaseOf(String article) {
    return db.call(
        em ->
            em.createQuery(
                    "select distinct s.releaseId from ScheduledStep s where s.articleId = :a",
                    String.class)
                .setParameter("a", article)
                .getSingleResult());
  }

  private long publishTransitions(String article, String lang) {
    return db.call(
        em ->
            em.createQuery(
                    "select count(t) from WorkflowTransition t where t.version.article.id = :a"
                        + " and t.version.language = :l and t.action = :publish",
                    Long.class)
                .setParameter("a", article)
                .setParameter("l", lang)
                .setParameter("publish", WorkflowAction.PUBLISH)
                .getSingleResult());
  }

  private static void awaitStart(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
