package dev.tilmash.search;

import java.util.function.Supplier;

/**
 * One read shared by every caller that waits for it, and never older than the caller: a caller gets
 * the value of a read that started after it asked. While a read is under way, the callers that
 * arrive wait for the read after it, which one of them starts as soon as the first ends; so however
 * many callers ask at once, at most one read runs and each caller waits for at most two.
 *
 * <p>{@link OpenSearchIndexState} reads through it: each remembered search asks for the index's
 * state first, and under 32 concurrent searches one round trip to OpenSearch per search bounded the
 * throughput, while one per round trip serves them all with the same promise.
 */
final class SharedRead<T> {
  private final Supplier<T> read;
  private long started;
  private long finished;
  private boolean running;
  private T last;

  SharedRead(Supplier<T> read) {
    this.read = read;
  }

  /**
   * The value of a read started after this call began. The caller that runs a failing read gets its
   * exception; those waiting for that read get null.
   */
  T get() {
    long asked;
    synchronized (this) {
      asked = started;
      while (finished <= asked) {
        if (!running) {
          running = true;
          started++;
          break;
        }
        waitForRead();
      }
      if (finished > asked) {
        return last;
      }
    }
    T value = null;
    try {
      value = read.get();
      return value;
    } finally {
      synchronized (this) {
        last = value;
        finished = started;
        running = false;
        notifyAll();
      }
    }
  }

  private void waitForRead() {
    try {
      wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a read", e);
    }
  }
}
