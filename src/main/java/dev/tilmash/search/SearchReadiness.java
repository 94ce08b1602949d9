package dev.tilmash.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
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
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {
  private static final Duration WAIT = Duration.ofSeconds(2);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(WAIT).build();

  @Inject
  @ConfigProperty(name = SearchBackend.KEY, defaultValue = "lucene")
  String backend;

  @Inject
  @ConfigProperty(name = SearchBackend.URIS, defaultValue = SearchBackend.DEFAULT_URIS)
  String uris;

  @Override
  public HealthCheckResponse call() {
    return ready() ? HealthCheckResponse.up("search") : HealthCheckResponse.down("search");
  }

  /** Lucene always; OpenSearch when a node of {@code uris} answers that it is not red. */
  boolean ready() {
    return SearchBackend.of(backend) == SearchBackend.LUCENE
        || nodes(uris).stream().anyMatch(SearchReadiness::notRed);
  }

  static List<URI> nodes(String uris) {
    return Arrays.stream(uris.split(","))
        .map(String::strip)
        .filter(uri -> !uri.isEmpty())
        .map(uri -> URI.create(uri.endsWith("/") ? uri : uri + "/"))
        .toList();
  }

  private static boolean notRed(URI node) {
    HttpRequest request =
        HttpRequest.newBuilder(node.resolve("_cluster/health?timeout=1s")).timeout(WAIT).build();
    try {
      HttpResponse<String> health = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200 && !health.body().contains("\"status\":\"red\"");
    } catch (IOException | IllegalArgumentException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
