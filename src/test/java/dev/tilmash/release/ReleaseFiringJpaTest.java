package dev.tilmash.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.account.Accounts;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.article.WorkflowState;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.language.LanguageSets;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Scheduled releases on Hibernate and the test database (H2 or PostgreSQL): a release fires once
 * even when two schedulers race for it, all its languages go live together or none does, and
 * nothing fires before its time.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ReleaseFiringJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final LanguageSet LANGUAGES = LanguageSets.basic();

  private NewsroomFixture newsroom;
  private String article;

  @BeforeEach
  void approvedTranslations() {
    newsroom = new NewsroomFixture(db);
    db.run(em -> Accounts.store(em, NewsroomFixture.CHIEF));
    article = newsroom.article("en", "grain", "Grain exports");
    for (String lang : List.of("ru", "kk")) {
      newsroom.translation(article, lang, "grain-" + lang, "Grain " + lang, null);
      newsroom.step(article, lang, WorkflowAction.SUBMIT, NewsroomFixture.translator(lang));
      newsroom.step(article, lang, WorkflowAction.APPROVE, NewsroomFixture.CHIEF);
    }
  }

  @Test
  void shouldFireARaceForTheSameReleaseExactlyOnce() throws Exception {
    Instant due = schedule(List.of("ru", "kk"), null);
    Instant later = due.plus(Duration.ofMinutes(1));
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> schedulers =
        List.of(1, 2).stream()
            .map(
                n ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          await(start);
                          return runner(later).runDue();
                        }))
            .toList();
    start.countDown();
    int fired = schedulers.stream().mapToInt(CompletableFuture::join).sum();

    assertEquals(2, fired, "two steps, each run once");
    for (String lang : List.of("ru", "kk")) {
      assertEquals(1, publishTransitions(lang), lang);
      assertEquals(WorkflowState.PUBLISHED, version(lang).state());
    }
    assertEquals(List.of("DONE", "DONE"), states());
    assertEquals(0, runner(later.plusSeconds(60)).runDue(), "nothing left to run");
  }

  @Test
  void shouldPublishNoLanguageWhenOneCannotGoLive() {
    Instant due = schedule(List.of("ru", "kk"), null);
    newsroom.edit(article, "kk", "Edited after approval");

    assertEquals(0, runner(due.plusSeconds(1)).runDue());

    assertNull(version("ru").live(), "all or none");
    assertNull(version("kk").live());
    assertEquals(List.of("FAILED", "FAILED"), states());
    assertTrue(
        failures().stream().allMatch(f -> f.contains("wrong-workflow-step")), failures()::toString);
    assertNull(version("ru").scheduledPublishAt());
  }

  @Test
  void shouldWaitForItsTime() {
    Instant due = schedule(List.of("ru"), null);
    assertEquals(0, runner(due.minusSeconds(1)).runDue());
    assertEquals(WorkflowState.APPROVED, version("ru").state());
    assertEquals(due, version("ru").scheduledPublishAt());
  }

  @Test
  void shouldUnpublishAtTheEndOfTheEmbargo() {
    Instant due = schedule(List.of("ru"), Duration.ofHours(5));
    runner(due.plusSeconds(1)).runDue();
    assertEquals(WorkflowState.PUBLISHED, version("ru").state());
    assertEquals(due.plus(Duration.ofHours(4)), version("ru").scheduledUnpublishAt());

    runner(due.plus(Duration.ofHours(5))).runDue();
    assertNull(version("ru").live());
    assertEquals(WorkflowState.DRAFT, version("ru").state());
    assertNull(version("ru").scheduledUnpublishAt());
  }

  @Test
  void shouldRefuseToScheduleAVersionThatIsNotApproved() {
    newsroom.edit(article, "kk", "Back to draft");
    ProblemException refused =
        assertThrows(ProblemException.class, () -> schedule(List.of("ru", "kk"), null));
    assertEquals(ProblemType.WRONG_WORKFLOW_STEP, refused.type());
    assertEquals(List.of(), states(), "nothing stored");
  }

  @Test
  void shouldReplaceAPendingScheduleOfTheSameVersion() {
    schedule(List.of("ru"), null);
    Instant second = schedule(List.of("ru"), null);
    assertEquals(List.of("CANCELLED", "PENDING"), states());
    assertEquals(second, version("ru").scheduledPublishAt());
  }

  /** Schedules a publish an hour from now (and an unpublish `embargo` after now); returns due. */
  private Instant schedule(List<String> languages, Duration embargo) {
    Instant now = newsroom.tick();
    Instant due = now.plus(Duration.ofHours(1));
    db.run(
        em ->
            service(em, now)
                .release(
                    NewsroomFixture.CHIEF,
                    article,
                    new ReleaseInput(
                        languages, due, embargo == null ? null : now.plus(embargo), false)));
    return due;
  }

  private ReleaseService service(EntityManager em, Instant now) {
    return Schedulers.service(em, now, LANGUAGES);
  }

  private ReleaseRunner runner(Instant now) {
    return Schedulers.runner(db.factory(), now);
  }

  private LanguageVersion version(String lang) {
    return db.call(
        em -> {
          LanguageVersion v = NewsroomFixture.repository(em).version(article, lang).orElseThrow();
          v.live();
          return v;
        });
  }

  private long publishTransitions(String lang) {
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

  private List<String> states() {
    return db.call(
        em ->
            em.createQuery("select s from ScheduledStep s order by s.id", ScheduledStep.class)
                .getResultStream()
                .map(s -> s.state().name())
                .toList());
  }

  private List<String> failures() {
    return db.call(
        em ->
            em.createQuery("select s.failure from ScheduledStep s", String.class).getResultList());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
