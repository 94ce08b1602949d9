package dev.tilmash.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start, compares the number of language versions in the search index with the database and,
 * when they differ or some documents are not of the current {@link DocumentFormat} (an index
 * written by an older version of Tilmash), rebuilds the index in the background ({@link
 * IndexRebuild}); the server answers meanwhile, and search finds more as batches commit. Normally
 * nothing needs doing: Hibernate Search indexes every change as its transaction commits.
 */
@ApplicationScoped
public class SearchIndexCheck {
  private static final Logger LOG = Logger.getLogger(SearchIndexCheck.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject IndexRebuild rebuild;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    executor.submit(this::rebuildIfStale);
  }

  /**
   * Whether an index holding {@code indexed} documents, {@code current} of them in the current
   * {@link DocumentFormat}, needs rebuilding for a database of {@code stored} versions.
   */
  static boolean stale(long indexed, long current, long stored) {
    return indexed != stored || current != indexed;
  }

  void rebuildIfStale() {
    try {
      long indexed = rebuild.indexedVersions();
      long current = rebuild.currentVersions();
      long stored = rebuild.storedVersions();
      if (!stale(indexed, current, stored)) {
        return;
      }
      LOG.info(
          () ->
              "Search index holds "
                  + indexed
                  + " of "
                  + stored
                  + " versions ("
                  + current
                  + " in document format "
                  + DocumentFormat.CURRENT
                  + "): rebuilding");
      long start = System.nanoTime();
      rebuild.purge();
      Long last = null;
      do {
        last = rebuild.indexAfter(last);
      } while (last != null);
      rebuild.finish();
      long millis = (System.nanoTime() - start) / 1_000_000;
      LOG.info(() -> "Search index rebuilt: " + stored + " versions in " + millis + " ms");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search index check failed; search may miss content", e);
    }
  }
}
