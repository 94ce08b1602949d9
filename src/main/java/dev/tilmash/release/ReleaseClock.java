package dev.tilmash.release;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the scheduler every {@code tilmash.release.poll-seconds} on the container's managed
 * scheduled executor (Jakarta Concurrency). The first run comes right after start, so releases that
 * fell due while the server was down go out at once. Each instance behind a load balancer runs it;
 * the row locks in {@link ScheduledSteps#lockDue} let only one of them fire a step.
 */
@ApplicationScoped
public class ReleaseClock {
  private static final Logger LOG = Logger.getLogger(ReleaseClock.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject ReleaseRunner runner;
  @Inject ReleaseSettings settings;

  private ScheduledFuture<?> ticking;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    ticking =
        executor.scheduleWithFixedDelay(this::tick, 1, settings.pollSeconds(), TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (ticking != null) {
      ticking.cancel(false);
    }
  }

  private void tick() {
    try {
      int fired = runner.runDue();
      if (fired > 0) {
        LOG.info(() -> "Scheduled steps run: " + fired);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduler pass failed; the next pass retries", e);
    }
  }
}
