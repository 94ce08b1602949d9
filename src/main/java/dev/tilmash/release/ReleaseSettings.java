package dev.tilmash.release;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How scheduled releases run: how often {@link ReleaseClock} looks for steps that fell due. */
@ApplicationScoped
public class ReleaseSettings {
  @Inject
  @ConfigProperty(name = "tilmash.release.poll-seconds", defaultValue = "5")
  long pollSeconds;

  public long pollSeconds() {
    return pollSeconds;
  }
}
