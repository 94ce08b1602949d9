package dev.tilmash.search;

import dev.tilmash.shared.HttpClients;
import dev.tilmash.shared.LazyHttpClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when search can answer: always with the embedded Lucene index (it lives in this process);
 * with OpenSearch, when one of its nodes says the cluster is not red. An instance that cannot reach
 * OpenSearch would answer searches with errors, so the balancer sends it no readers.
 *
 * <p>Lifecycle: the HTTP client (and the selector thread the JDK starts for it) is made on the
 * first check against OpenSearch only, never with Lucene, and let go when the application stops:
 * closed where the JDK can close one (21 and later), else left to end once collected. A client in a
 * static field would keep one selector thread running per undeployed application.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {
  private static final Duration WAIT = Duration.ofSeconds(2);

  @Inject
  @ConfigProperty(name = SearchBackend.KEY, defaultValue = "lucene")
  String backend;

  @Inject
  @ConfigProperty(name = SearchBackend.URIS, defaultValue = SearchBackend.DEFAULT_URIS)
  String uris;

  private final LazyHttpClient http = new LazyHttpClient(() -> HttpClients.builder(WAIT).build());

  @Override
  public HealthCheckResponse call() {
    return ready() ? HealthCheckResponse.up("search") : HealthCheckResponse.down("search");
  }

  /** Lucene always; OpenSearch when a node of {@code uris} answers that it is not red. */
  boolean ready() {
    return SearchBackend.of(backend) == SearchBackend.LUCENE
        || nodes(uris).stream().anyMatch(this::notRed);
  }

  @PreDestroy
  void close() {
    http.close();
  }

  /** Whether a client was made (and not let go yet); for the tests. */
  boolean holdsClient() {
    return http.made();
  }

  static List<URI> nodes(String uris) {
    return Arrays.stream(uris.split(","))
        .map(String::strip)
        .filter(uri -> !uri.isEmpty())
        .map(uri -> URI.create(uri.endsWith("/") ? uri : uri + "/"))
        .toList();
  }

  private boolean notRed(URI node) {
    HttpRequest request =
        HttpRequest.newBuilder(node.resolve("_cluster/health?timeout=1s")).timeout(WAIT).build();
    try {
      HttpResponse<String> health = http.get().send(request, HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200 && !health.body().contains("\"status\":\"red\"");
    } catch (IOException | IllegalArgumentException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
