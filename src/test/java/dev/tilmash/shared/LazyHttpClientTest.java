package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyHttpClientTest {
  private final AtomicInteger made = new AtomicInteger();
  private final LazyHttpClient lazy =
      new LazyHttpClient(
          () -> {
            made.incrementAndGet();
            return HttpClients.builder(Duration.ofSeconds(1)).build();
          });

  @Test
  void shouldMakeNoClientUntilOneIsAskedFor() {
    assertFalse(lazy.made());
    lazy.close();
    assertEquals(0, made.get());
  }

  @Test
  void shouldKeepOneClientUntilClosedAndMakeANewOneAfter() {
    HttpClient first = lazy.get();
    assertSame(first, lazy.get());
    assertTrue(lazy.made());
    assertEquals(1, made.get());

    lazy.close();
    assertFalse(lazy.made());
    HttpClient second = lazy.get();
    assertNotSame(first, second);
    assertEquals(2, made.get());
    lazy.close();
  }
}
