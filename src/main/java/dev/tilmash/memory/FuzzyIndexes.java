package dev.tilmash.memory;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;

/**
 * The fuzzy indexes of the language pairs in use, in a bounded Caffeine cache.
 *
 * <p>Lifecycle: a pair's index is built from the database on its first fuzzy lookup (newest
 * segments first, up to nine tenths of the bound, so that one pair always fits). It takes in the
 * segments this instance remembers once their transaction commits. Every {@code
 * tilmash.memory.index-refresh-minutes} it is built again in the background, on the server's
 * managed executor, while lookups go on using the old one: that is how segments remembered by other
 * instances behind the load balancer arrive. A pair nobody looked up for six refresh intervals is
 * dropped, and so is the least recently used pair when the indexes together would hold more than
 * {@code tilmash.memory.index-max-tokens} token occurrences; a dropped pair is built again on its
 * next lookup.
 */
@ApplicationScoped
public class FuzzyIndexes {
  @Inject MemorySettings settings;
  @Inject MemoryStore store;
  @Resource ManagedExecutorService executor;

  private LoadingCache<LanguagePair, FuzzyIndex> cache;

  /** Indexes without a container, for tests and the benchmark: rebuilt in the caller's thread. */
  static FuzzyIndexes of(MemorySettings settings, MemoryStore store) {
    FuzzyIndexes indexes = new FuzzyIndexes();
    indexes.settings = settings;
    indexes.store = store;
    indexes.start();
    return indexes;
  }

  @PostConstruct
  void start() {
    Executor background = executor != null ? executor : Runnable::run;
    cache =
        Caffeine.newBuilder()
            .maximumWeight(settings.indexMaxTokens())
            .<LanguagePair, FuzzyIndex>weigher((pair, index) -> index.weight())
            .refreshAfterWrite(settings.indexRefresh())
            .expireAfterAccess(settings.indexRefresh().multipliedBy(6))
            .executor(background) // never an unmanaged thread in the server
            .build(pair -> store.loadIndex(pair, settings.indexMaxTokens() / 10 * 9));
  }

  FuzzyIndex of(LanguagePair pair) {
    return cache.get(pair);
  }

  void onRemembered(@Observes(during = TransactionPhase.AFTER_SUCCESS) SegmentsRemembered event) {
    remembered(event);
  }

  /**
   * Adds committed segments to their pair's index if it is cached; a pair not cached reads them
   * from the database when it is built. The index grows in place, beyond the weight the cache knows
   * of, until its next rebuild weighs it again. A segment committed while its index is being built
   * may be missed by both until that rebuild, or be taken twice (lookups count it once).
   */
  void remembered(SegmentsRemembered event) {
    FuzzyIndex index = cache.getIfPresent(event.pair());
    if (index != null) {
      event.segments().stream()
          .filter(segment -> !segment.tokens().isEmpty())
          .forEach(segment -> index.add(segment.id(), segment.tokens()));
    }
  }
}
