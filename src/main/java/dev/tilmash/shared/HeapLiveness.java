package dev.tilmash.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless the heap is exhausted: when the old generation is still over {@value #LIMIT_PERCENT}
 * % full right after a collection, the process spends its time collecting and fails requests with
 * OutOfMemoryError, and only a restart helps. A database outage does not make an instance dead,
 * only not ready ({@link DatabaseReadiness}), so an orchestrator does not restart every instance at
 * once because the database is away.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {
  static final int LIMIT_PERCENT = 98;

  @Override
  public HealthCheckResponse call() {
    long percent = oldGenerationAfterCollectionPercent();
    return HealthCheckResponse.named("heap")
        .status(percent <= LIMIT_PERCENT)
        .withData("oldGenerationAfterCollectionPercent", percent)
        .build();
  }

  /**
   * How full the old generation was after its last collection, in percent (0 before any). The old
   * generation is the heap pool with a usage threshold: the young pools (eden, survivors) have
   * none, and a survivor space is often full after a collection without any harm.
   */
  static long oldGenerationAfterCollectionPercent() {
    long worst = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() != MemoryType.HEAP || !pool.isUsageThresholdSupported()) {
        continue;
      }
      MemoryUsage afterCollection = pool.getCollectionUsage();
      if (afterCollection != null && afterCollection.getMax() > 0) {
        worst = Math.max(worst, afterCollection.getUsed() * 100 / afterCollection.getMax());
      }
    }
    return worst;
  }
}
