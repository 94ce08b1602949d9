package dev.tilmash.it;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Three readers that keep reading while a change is made, for the "never after it has returned"
 * rules: what they read in requests that began after the change had returned.
 */
final class ReadsDuring {
  private ReadsDuring() {}

  /**
   * Runs {@code change} while three threads {@code read} in a loop, lets them go on for 300 ms
   * after it returned, and gives what the reads begun after that return saw.
   */
  static <T> List<T> readAfter(Supplier<T> read, Runnable change) {
    AtomicBoolean changed = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    Queue<T> after = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<Void>> readers =
        List.of(1, 2, 3).stream()
            .map(
                n ->
                    CompletableFuture.runAsync(
                        () -> {
                          while (!stop.get()) {
                            boolean begunAfter = changed.get();
                            T seen = read.get();
                            if (begunAfter) {
                              after.add(seen);
                            }
                          }
                        }))
            .toList();
    try {
      change.run();
      changed.set(true);
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      stop.set(true);
      readers.forEach(CompletableFuture::join);
    }
    return List.copyOf(after);
  }
}
