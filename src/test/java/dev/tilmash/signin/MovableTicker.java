package dev.tilmash.signin;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** A ticker the tests move by hand, so that windows and idle times pass without waiting. */
final class MovableTicker implements Ticker {
  private long nanos = 1;

  @Override
  public long read() {
    return nanos;
  }

  void advance(Duration by) {
    nanos += by.toNanos();
  }
}
