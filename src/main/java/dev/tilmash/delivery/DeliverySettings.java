package dev.tilmash.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How delivery answers: cache lifetimes, the time zone of dates, reading speed. */
@ApplicationScoped
public class DeliverySettings {
  @Inject
  @ConfigProperty(name = "tilmash.delivery.max-age", defaultValue = "60")
  int maxAge;

  @Inject
  @ConfigProperty(name = "tilmash.delivery.stale-while-revalidate", defaultValue = "30")
  int staleWhileRevalidate;

  @Inject
  @ConfigProperty(name = "tilmash.delivery.time-zone", defaultValue = "Asia/Almaty")
  String timeZone;

  @Inject
  @ConfigProperty(name = "tilmash.delivery.words-per-minute", defaultValue = "200")
  int wordsPerMinute;

  public String cacheControl() {
    return "public, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public int wordsPerMinute() {
    return wordsPerMinute;
  }
}
