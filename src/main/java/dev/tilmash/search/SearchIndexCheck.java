package dev.tilmash.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, in the background, reconciles the search index with the database version by version
 * ({@link IndexReconciliation}): what a crash between a commit and its index write left out or
 * stale, what an older {@link DocumentFormat} wrote, and every version of an index that was lost is
 * reindexed in place, while the server answers from the documents that were right. Nothing is
 * purged first. Normally nothing needs doing: Hibernate Search indexes every change as its
 * transaction commits (Lucene) or from the outbox written in that transaction (OpenSearch).
 */
@ApplicationScoped
public class SearchIndexCheck {
  private static final Logger LOG = Logger.getLogger(SearchIndexCheck.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject IndexReconciliation reconciliation;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    executor.execute(this::reconcileAtStart);
  }

  void reconcileAtStart() {
    try {
      Outcome outcome = reconcile(reconciliation::after);
      if (outcome.reindexed() > 0 || outcome.removed() > 0) {
        LOG.info(
            () ->
                "Search index reconciled with the database: "
                    + outcome.reindexed()
                    + " versions reindexed, "
                    + outcome.removed()
                    + " documents of deleted versions removed, in "
                    + outcome.millis()
                    + " ms");
      } else {
        LOG.info(
            () -> "Search index checked: it matches the database (" + outcome.millis() + " ms)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search index check failed; search may miss content", e);
    }
  }

  /** What a reconciliation changed, and how long it took. */
  record Outcome(long reindexed, long removed, long millis) {}

  /** Every batch of a reconciliation, each in a transaction of its own. */
  static Outcome reconcile(Function<Long, IndexReconciliation.Step> batch) {
    long start = System.nanoTime();
    long reindexed = 0;
    long removed = 0;
    Long last = null;
    do {
      IndexReconciliation.Step step = batch.apply(last);
      reindexed += step.reindexed();
      removed += step.removed();
      last = step.last();
    } while (last != null);
    return new Outcome(reindexed, removed, (System.nanoTime() - start) / 1_000_000);
  }
}
