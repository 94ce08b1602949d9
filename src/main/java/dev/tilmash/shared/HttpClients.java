package dev.tilmash.shared;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Makes the JDK HTTP clients of the application, and ends them when it stops. Each client runs a
 * selector thread of its own (and idle pooled connections) until it is closed or collected. From
 * JDK 21 on a client can be closed, and then its thread ends at once; on 17 it ends once the client
 * is collected, so a client must never sit in a static field, where it would live as long as the
 * application's class loader (docs/architecture.md, "Redeploys").
 *
 * <p>Call {@link #close} only for a client made by {@link #builder}: when the application stops,
 * its archive may already be gone, so a class it did not load before cannot be loaded then.
 */
public final class HttpClients {
  private HttpClients() {}

  /** A builder for HTTP/1.1 with a connect timeout. */
  public static HttpClient.Builder builder(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout);
  }

  /** Closes the client where the JDK can (21 and later). */
  public static void close(HttpClient client) {
    if (client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // a client that fails to close is let go all the same: nothing refers to it any more
      }
    }
  }
}
