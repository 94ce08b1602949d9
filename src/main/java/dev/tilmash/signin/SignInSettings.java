package dev.tilmash.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How signing in is guarded: how many wrong passwords an account may get from one address within a
 * window before that address is refused for it, and how long an idle console session lives.
 * Durations are ISO-8601 ({@code PT15M}).
 */
@ApplicationScoped
public class SignInSettings {
  @Inject
  @ConfigProperty(name = "tilmash.auth.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "tilmash.auth.failure-window", defaultValue = "PT15M")
  Duration failureWindow;

  @Inject
  @ConfigProperty(name = "tilmash.session.idle-timeout", defaultValue = "PT30M")
  Duration idleTimeout;

  public int maxFailures() {
    return maxFailures;
  }

  public Duration failureWindow() {
    return failureWindow;
  }

  public Duration idleTimeout() {
    return idleTimeout;
  }
}
