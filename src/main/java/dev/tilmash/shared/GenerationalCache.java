package dev.tilmash.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Values computed from committed data, kept until a change makes them stale or they grow old:
 * bounded by weight, and by age as a backstop for changes no event tells of.
 *
 * <p>Lifecycle of an entry. A miss notes the generation, computes, and stores the value
 * unconfirmed; it confirms the entry only if the generation has not moved meanwhile, and removes it
 * otherwise. Only confirmed entries are given. A change first moves the generation on, then removes
 * the entries it made stale. So an entry stored before a change is seen by that change's removal,
 * and one computed across a change is never confirmed: it is given once, to the request that
 * computed it, and never again.
 *
 * <p>An entry lives at most {@code maxAge}. Past half of that, the one request that finds it so
 * computes it again while the others are still given the old one, so that under steady use a value
 * is renewed before it expires and the requests of that moment do not all compute it at once.
 */
public final class GenerationalCache<K, V> {
  private static final class Entry<V> {
    final V value;
    final long computedAt;
    final AtomicBoolean renewing = new AtomicBoolean();
    volatile boolean confirmed;

    Entry(V value, long computedAt) {
      this.value = value;
      this.computedAt = computedAt;
    }
  }

  private final AtomicLong generation = new AtomicLong();
  private final Cache<K, Entry<V>> entries;
  private final Ticker ticker;
  private final long renewAfter;

  /**
   * @param maxWeight the most the entries may weigh together
   * @param weigher what one value weighs, in the unit of {@code maxWeight}
   * @param maxAge how long an entry may be given after it was computed
   * @param ticker the clock of the ages; the tests move it
   */
  public GenerationalCache(
      long maxWeight, ToIntFunction<V> weigher, Duration maxAge, Ticker ticker) {
    this.ticker = ticker;
    this.renewAfter = maxAge.toNanos() / 2;
    this.entries =
        Caffeine.newBuilder()
            .maximumWeight(maxWeight)
            .<K, Entry<V>>weigher((key, entry) -> weigher.applyAsInt(entry.value))
            .expireAfterWrite(maxAge)
            .ticker(ticker)
            .build();
  }

  /** The value given for {@code key} now, or {@code null}; never computes. */
  public V cached(K key) {
    Entry<V> known = entries.getIfPresent(key);
    return known != null && known.confirmed ? known.value : null;
  }

  /** The value kept for {@code key}, or {@code compute}'s, kept unless a change crossed it. */
  public V get(K key, Supplier<V> compute) {
    Entry<V> known = entries.getIfPresent(key);
    if (known != null
        && known.confirmed
        && (ticker.read() - known.computedAt < renewAfter
            || !known.renewing.compareAndSet(false, true))) {
      return known.value;
    }
    long seen = generation.get();
    long computedAt = ticker.read();
    V value;
    try {
      value = compute.get();
    } catch (RuntimeException e) {
      if (known != null) {
        known.renewing.set(false);
      }
      throw e;
    }
    Entry<V> fresh = new Entry<>(value, computedAt);
    entries.put(key, fresh);
    if (generation.get() == seen) {
      fresh.confirmed = true;
    } else {
      entries.asMap().remove(key, fresh);
    }
    return value;
  }

  /** Forgets every entry, and anything being computed now. */
  public void invalidateAll() {
    generation.incrementAndGet();
    entries.invalidateAll();
  }

  /** Forgets the entries whose values are {@code stale}, and anything being computed now. */
  public void invalidateIf(Predicate<V> stale) {
    generation.incrementAndGet();
    entries.asMap().values().removeIf(entry -> stale.test(entry.value));
  }

  /** What the entries weigh now, after pending evictions; for tests and monitoring. */
  public long weight() {
    entries.cleanUp();
    return entries.policy().eviction().orElseThrow().weightedSize().orElse(0);
  }

  public long size() {
    return entries.estimatedSize();
  }
}
