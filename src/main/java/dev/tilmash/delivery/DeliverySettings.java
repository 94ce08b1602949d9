package dev.tilmash.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How delivery answers: HTTP cache lifetimes, the bounds of {@link DeliveryCache}, the time zone of
 * dates, reading speed. Durations are ISO-8601 ({@code PT60S}).
 */
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

  /**
   * The most the cached answers may weigh: the JSON bytes of every coding kept (identity, gzip,
   * Brotli) plus {@link DeliveryCache#ENTRY_OVERHEAD} each. Bounded by weight, not count, because
   * an article's size varies with its length and language.
   */
  @Inject
  @ConfigProperty(name = "tilmash.delivery.cache-max-bytes", defaultValue = "33554432")
  long cacheMaxBytes;

  /**
   * How long a cached answer may be served after it was rendered. One instance never needs it (its
   * own commits clear the cache before they return); it bounds how long an instance can serve what
   * another instance changed.
   */
  @Inject
  @ConfigProperty(name = "tilmash.delivery.cache-max-age", defaultValue = "PT60S")
  Duration cacheMaxAge;

  public String cacheControl() {
    return "public, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public int wordsPerMinute() {
    return wordsPerMinute;
  }

  public long cacheMaxBytes() {
    return cacheMaxBytes;
  }

  public Duration cacheMaxAge() {
    return cacheMaxAge;
  }
}
