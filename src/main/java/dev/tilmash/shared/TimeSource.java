package dev.tilmash.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock every service reads, so tests can fix time. */
@ApplicationScoped
public class TimeSource {
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
