package dev.tilmash.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works the outbox on the container's managed scheduled executor: a pass every {@code
 * tilmash.webhooks.poll-millis}, and one right after a transaction that wrote deliveries commits. A
 * pass claims a batch (see {@link DeliveryClaims}), sends it concurrently outside any transaction,
 * records each outcome in a transaction of its own, and goes on while batches come full. One pass
 * runs at a time per instance; instances share the rows through the claim's {@code SKIP LOCKED}.
 */
@ApplicationScoped
public class OutboxWorker {
  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject DeliveryClaims claims;
  @Inject WebhookSender sender;
  @Inject DeliveryOutcomes outcomes;
  @Inject WebhookSettings settings;
  @Inject Clock clock;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private ScheduledFuture<?> ticking;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    long poll = settings.pollMillis();
    ticking = executor.scheduleWithFixedDelay(this::requestPass, poll, poll, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (ticking != null) {
      ticking.cancel(false);
    }
  }

  void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
    executor.execute(this::requestPass);
  }

  /** Runs passes until no more work is known; a request during a pass makes one more. */
  private void requestPass() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      do {
        again.set(false);
        while (pass() == settings.batchSize()) {
          again.set(false);
        }
      } while (again.get());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Webhook pass failed; the next pass retries", e);
    } finally {
      running.set(false);
    }
  }

  /** One batch: claim, send, record. Returns how many were claimed. */
  int pass() {
    List<Attempt> claimed = claims.claim(clock.instant(), settings.batchSize(), settings.lease());
    List<CompletableFuture<SendResult>> sent = claimed.stream().map(sender::send).toList();
    for (int i = 0; i < claimed.size(); i++) {
      String deliveryId = claimed.get(i).deliveryId();
      try {
        outcomes.record(deliveryId, sent.get(i).join(), clock.instant());
      } catch (RuntimeException e) {
        // the lease runs out and the delivery is tried again
        LOG.log(Level.WARNING, "Cannot record the outcome of delivery " + deliveryId, e);
      }
    }
    return claimed.size();
  }
}
