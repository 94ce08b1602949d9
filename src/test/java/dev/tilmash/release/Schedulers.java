package dev.tilmash.release;

import dev.tilmash.account.Accounts;
import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.audit.AuditLogs;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The release services wired by hand for the JPA tier, each on an entity manager, as CDI wires them
 * on the server; and a scheduler of one "instance" (an entity manager factory).
 */
final class Schedulers {
  private Schedulers() {}

  static ReleaseService service(EntityManager em, Instant now, LanguageSet languages) {
    ReleaseService service = new ReleaseService();
    service.articles = NewsroomFixture.repository(em);
    service.languages = languages;
    service.steps = steps(em);
    service.audit = AuditLogs.writingTo(em);
    service.clock = Clock.fixed(now, ZoneOffset.UTC);
    return service;
  }

  /**
   * A runner of that instance whose firing methods each run in a transaction of their own, as on
   * the server.
   */
  static ReleaseRunner runner(EntityManagerFactory instance, Instant now) {
    ReleaseRunner runner = new ReleaseRunner();
    runner.firing =
        new ReleaseFiring() {
          @Override
          public List<String> dueReleases(int limit) {
            return JpaTestDatabase.inTransaction(
                instance, em -> firing(em, now).dueReleases(limit));
          }

          @Override
          public int fire(String releaseId) {
            return JpaTestDatabase.inTransaction(instance, em -> firing(em, now).fire(releaseId));
          }

          @Override
          public void fail(String releaseId, String reason) {
            JpaTestDatabase.inTransaction(
                instance,
                em -> {
                  firing(em, now).fail(releaseId, reason);
                  return null;
                });
          }
        };
    return runner;
  }

  static ReleaseFiring firing(EntityManager em, Instant now) {
    ReleaseFiring firing = new ReleaseFiring();
    firing.steps = steps(em);
    firing.articles = NewsroomFixture.repository(em);
    firing.accounts = Accounts.readingFrom(em);
    firing.audit = AuditLogs.writingTo(em);
    firing.clock = Clock.fixed(now, ZoneOffset.UTC);
    return firing;
  }

  static ScheduledSteps steps(EntityManager em) {
    ScheduledSteps steps = new ScheduledSteps();
    steps.em = em;
    return steps;
  }
}
