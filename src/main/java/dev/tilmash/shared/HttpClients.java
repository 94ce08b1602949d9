package dev.tilmash.shared;

import java.net.http.HttpClient;

/**
 * Ends the JDK HTTP clients that the application makes, when it stops. Each client runs a selector
 * thread of its own (and idle pooled connections) until it is closed or collected. From JDK 21 on a
 * client can be closed, and then its thread ends at once; on 17 it ends once the client is
 * collected, so a client must never sit in a static field, where it would live as long as the
 * application's class loader (docs/architecture.md, "Redeploys").
 */
public final class HttpClients {
  private HttpClients() {}

  /** Closes the client where the JDK can (21 and later); {@code null} is nothing to close. */
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
