package dev.tilmash.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How this instance reads the change log (docs/instances.md). */
@ApplicationScoped
public class ChangeSettings {
  @Inject
  @ConfigProperty(name = "tilmash.changes.poll-millis", defaultValue = "1000")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "tilmash.changes.overlap", defaultValue = "PT30S")
  Duration overlap;

  @Inject
  @ConfigProperty(name = "tilmash.changes.retention", defaultValue = "PT10M")
  Duration retention;

  @Inject
  @ConfigProperty(name = "tilmash.changes.max-batch", defaultValue = "5000")
  int maxBatch;

  long pollMillis() {
    return pollMillis;
  }

  Duration overlap() {
    return overlap;
  }

  Duration retention() {
    return retention;
  }

  int maxBatch() {
    return maxBatch;
  }
}
