package dev.tilmash.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock every service reads, so tests can fix time. {@code tilmash.clock.offset} (an ISO-8601
 * duration, zero unless set) moves it, for tests only: an integration test deploys the application
 * an hour behind to schedule a release that is already due when it is deployed again on time. No
 * configuration of a real server sets it.
 */
@ApplicationScoped
public class TimeSource {
  @Inject
  @ConfigProperty(name = "tilmash.clock.offset", defaultValue = "PT0S")
  Duration offset;

  @Produces
  @Singleton
  Clock clock() {
    return offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
  }
}
