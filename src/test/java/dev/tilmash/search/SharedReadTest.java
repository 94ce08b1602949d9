package dev.tilmash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SharedRead} never hands a caller a read that began before it asked, runs one read at a
 * time however many callers wait, and lets the waiters of a read share its value. The reads here
 * are held at a gate, so what each caller gets follows from the order of events, not from timing.
 */
class SharedReadTest {
  private final ExecutorService callers = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  /** Reads numbered 1, 2, ... that each wait at the gate until let through. */
  private static final class GatedReads {
    final Semaphore gate = new Semaphore(0);
    final AtomicInteger begun = new AtomicInteger();
    final AtomicInteger running = new AtomicInteger();
    volatile int mostAtOnce;

    Integer read() {
      int number = begun.incrementAndGet();
      mostAtOnce = Math.max(mostAtOnce, running.incrementAndGet());
      try {
        gate.acquireUninterruptibly();
        return number;
      } finally {
        running.decrementAndGet();
      }
    }

    void awaitBegun(int count) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (begun.get() < count) {
        assertTrue(System.nanoTime() < deadline, "read " + count + " never began");
        Thread.sleep(1);
      }
    }
  }

  @Test
  void shouldGiveACallerWhoAskedDuringAReadTheNextRead() throws Exception {
    GatedReads reads = new GatedReads();
    SharedRead<Integer> shared = new SharedRead<>(reads::read);
    Future<Integer> first = callers.submit(shared::get);
    reads.awaitBegun(1);
    List<Future<Integer>> later = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      later.add(callers.submit(shared::get));
    }
    waitUntilWaiting(shared, 8);
    reads.gate.release();
    assertEquals(1, first.get(30, TimeUnit.SECONDS));
    reads.awaitBegun(2);
    reads.gate.release();
    for (Future<Integer> caller : later) {
      assertEquals(2, caller.get(30, TimeUnit.SECONDS), "a read begun before the caller asked");
    }
    assertEquals(2, reads.begun.get(), "nine callers, two reads");
    assertEquals(1, reads.mostAtOnce);
  }

  @Test
  void shouldReadAgainForACallerAfterTheLastReadEnded() {
    AtomicInteger count = new AtomicInteger();
    SharedRead<Integer> shared = new SharedRead<>(count::incrementAndGet);
    assertEquals(1, shared.get());
    assertEquals(2, shared.get());
    assertEquals(3, shared.get());
  }

  @Test
  void shouldGiveTheReaderItsFailureAndItsWaitersNothing() throws Exception {
    Semaphore gate = new Semaphore(0);
    AtomicInteger count = new AtomicInteger();
    SharedRead<Integer> shared =
        new SharedRead<>(
            () -> {
              if (count.incrementAndGet() == 2) {
                throw new IllegalStateException("unreachable index");
              }
              gate.acquireUninterruptibly();
              return count.get();
            });
    Future<Integer> first = callers.submit(shared::get);
    waitUntil(() -> count.get() == 1);
    Future<Integer> one = callers.submit(shared::get);
    Future<Integer> other = callers.submit(shared::get);
    waitUntilWaiting(shared, 2);
    gate.release();
    assertEquals(1, first.get(30, TimeUnit.SECONDS));
    int failed = 0;
    int empty = 0;
    for (Future<Integer> caller : List.of(one, other)) {
      try {
        assertNull(caller.get(30, TimeUnit.SECONDS), "a waiter of the failed read");
        empty++;
      } catch (ExecutionException e) {
        assertTrue(e.getCause() instanceof IllegalStateException, e::toString);
        failed++;
      }
    }
    assertEquals(List.of(1, 1), List.of(failed, empty), "the reader fails, its waiter gets null");
    assertEquals(2, count.get());
  }

  /** Waits until {@code count} callers wait on the shared read's monitor. */
  private static void waitUntilWaiting(SharedRead<?> shared, int count)
      throws InterruptedException {
    waitUntil(() -> waiting(shared) >= count);
  }

  private static long waiting(SharedRead<?> shared) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getState() == Thread.State.WAITING)
        .filter(thread -> blockedOn(thread, shared))
        .count();
  }

  private static boolean blockedOn(Thread thread, SharedRead<?> shared) {
    var info =
        java.lang.management.ManagementFactory.getThreadMXBean()
            .getThreadInfo(new long[] {thread.getId()}, true, false)[0];
    return info != null
        && info.getLockInfo() != null
        && info.getLockInfo().getIdentityHashCode() == System.identityHashCode(shared);
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "condition never held");
      Thread.sleep(1);
    }
  }
}
