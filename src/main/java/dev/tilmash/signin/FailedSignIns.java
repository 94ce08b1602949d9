package dev.tilmash.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts wrong passwords per account and client address, so that guessing one account's password
 * from one place is slowed without locking the account's owner out elsewhere. The first failure
 * opens a window of {@code window}; once {@code maxFailures} fell in it, that account is refused
 * from that address, whatever the password, until the window closes. A right password (while not
 * refused) clears the count.
 *
 * <p>Memory is bounded: at most {@value #MAX_ENTRIES} pairs are kept, each for one window at most.
 * A flood of made-up names from many addresses evicts the oldest counts first, which can only make
 * the guard more lenient, never refuse someone who has not failed.
 */
public final class FailedSignIns {
  static final int MAX_ENTRIES = 100_000;

  /** Failures so far in the window that opened at {@code openedAt} (ticker nanoseconds). */
  private record Count(int failures, long openedAt) {}

  private record Key(String username, String address) {}

  private final int maxFailures;
  private final long windowNanos;
  private final Ticker ticker;
  private final Cache<Key, Count> counts;

  public FailedSignIns(int maxFailures, Duration window, Ticker ticker) {
    this.maxFailures = maxFailures;
    this.windowNanos = window.toNanos();
    this.ticker = ticker;
    this.counts =
        Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(window)
            .ticker(ticker)
            .build();
  }

  /** How long this account is still refused from this address, if it is. */
  public Optional<Duration> refusedFor(String username, String address) {
    Count count = counts.getIfPresent(new Key(username, address));
    if (count == null || count.failures() < maxFailures) {
      return Optional.empty();
    }
    long left = count.openedAt() + windowNanos - ticker.read();
    return left > 0 ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
  }

  public void failed(String username, String address) {
    long now = ticker.read();
    counts
        .asMap()
        .merge(
            new Key(username, address),
            new Count(1, now),
            (old, first) ->
                now - old.openedAt() >= windowNanos
                    ? first
                    : new Count(old.failures() + 1, old.openedAt()));
  }

  public void succeeded(String username, String address) {
    counts.invalidate(new Key(username, address));
  }
}
