package dev.tilmash.shared;

import java.net.http.HttpClient;
import java.util.function.Supplier;

/**
 * One HTTP client for a bean that may never need it: made on the first {@link #get} (by {@link
 * HttpClients#builder}, through the maker given), and let go by {@link #close}, which the owner
 * calls from its {@code @PreDestroy}. Until then the client, and the selector thread the JDK runs
 * for it, lives with its owner and never in a static field (see {@link HttpClients}).
 */
public final class LazyHttpClient {
  private final Supplier<HttpClient> maker;
  private HttpClient client;

  public LazyHttpClient(Supplier<HttpClient> maker) {
    this.maker = maker;
  }

  /** The client, made now if this is the first call since the start or the last close. */
  public synchronized HttpClient get() {
    if (client == null) {
      client = maker.get();
    }
    return client;
  }

  /** Closes the client if one was made; a later {@link #get} makes a new one. */
  public synchronized void close() {
    if (client != null) {
      HttpClients.close(client);
      client = null;
    }
  }

  /** Whether a client was made and not closed yet. */
  public synchronized boolean made() {
    return client != null;
  }
}
