package dev.tilmash.changes;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the change log every {@code tilmash.changes.poll-millis} on the container's managed
 * scheduled executor, and hands what arrived to the caches as a {@link ChangesArrived} event. It
 * sees this instance's own changes too, which the caches have already forgotten (harmless).
 */
@ApplicationScoped
public class ChangePoller {
  private static final Logger LOG = Logger.getLogger(ChangePoller.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject ChangeLog log;
  @Inject ChangeSettings settings;
  @Inject Event<ChangesArrived> arrived;

  private ChangeFeed feed;
  private ScheduledFuture<?> ticking;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    feed =
        new ChangeFeed(
            log, settings.overlap(), settings.retention(), settings.maxBatch(), System::nanoTime);
    long poll = settings.pollMillis();
    ticking = executor.scheduleWithFixedDelay(this::poll, 0, poll, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (ticking != null) {
      ticking.cancel(false);
    }
  }

  private void poll() {
    try {
      feed.poll().ifPresent(arrived::fire);
    } catch (RuntimeException e) {
      // a cache failing to forget must not end the schedule; the next poll goes on
      LOG.log(Level.WARNING, "A cache failed on changes from the change log", e);
    }
  }
}
