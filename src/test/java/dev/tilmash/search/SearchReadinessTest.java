package dev.tilmash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tilmash.shared.TestOpenSearch;
import dev.tilmash.shared.TestSearchBackend;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness follows the search backend: Lucene is always there, OpenSearch must answer. */
class SearchReadinessTest {

  @Test
  void shouldBeReadyWithTheEmbeddedIndex() {
    assertEquals(
        HealthCheckResponse.Status.UP, readiness("lucene", "http://127.0.0.1:1").getStatus());
  }

  @Test
  void shouldNotBeReadyWhenNoOpenSearchNodeAnswers() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    HealthCheckResponse answer = readiness("opensearch", "http://127.0.0.1:" + closed);
    assertEquals(HealthCheckResponse.Status.DOWN, answer.getStatus());
    assertEquals("search", answer.getName());
  }

  @Test
  void shouldBeReadyWhenOneOfTheNodesAnswers() {
    assumeTrue(
        TestSearchBackend.current() == TestSearchBackend.OPENSEARCH,
        "needs the OpenSearch node of the search-on-opensearch run");
    String uris = "http://127.0.0.1:1, " + TestOpenSearch.uri();
    assertEquals(HealthCheckResponse.Status.UP, readiness("opensearch", uris).getStatus());
  }

  @Test
  void shouldReadEveryNodeOfTheList() {
    assertEquals(
        List.of(URI.create("http://a:9200/"), URI.create("https://b:9243/")),
        SearchReadiness.nodes(" http://a:9200 , https://b:9243/,"));
  }

  private static HealthCheckResponse readiness(String backend, String uris) {
    SearchReadiness readiness = new SearchReadiness();
    readiness.backend = backend;
    readiness.uris = uris;
    return readiness.call();
  }
}
