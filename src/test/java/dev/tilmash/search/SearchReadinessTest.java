package dev.tilmash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tilmash.shared.TestOpenSearch;
import dev.tilmash.shared.TestSearchBackend;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the search backend: Lucene is always there, OpenSearch must answer (the
 * container's answer around it is HealthIT's).
 */
class SearchReadinessTest {

  @Test
  void shouldBeReadyWithTheEmbeddedIndex() {
    assertTrue(readiness("lucene", "http://127.0.0.1:1").ready());
  }

  @Test
  void shouldNotBeReadyWhenNoOpenSearchNodeAnswers() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    assertFalse(readiness("opensearch", "http://127.0.0.1:" + closed).ready());
  }

  @Test
  void shouldBeReadyWhenOneOfTheNodesAnswers() {
    assumeTrue(
        TestSearchBackend.current() == TestSearchBackend.OPENSEARCH,
        "needs the OpenSearch node of the search-on-opensearch run");
    String uris = "http://127.0.0.1:1, " + TestOpenSearch.uri();
    assertTrue(readiness("opensearch", uris).ready());
  }

  @Test
  void shouldStartNoThreadWithTheEmbeddedIndex() {
    Set<Long> before = threadIds();
    SearchReadiness readiness = readiness("lucene", "http://127.0.0.1:1");
    assertTrue(readiness.ready());
    List<String> started =
        Thread.getAllStackTraces().keySet().stream()
            .filter(thread -> !before.contains(thread.getId()))
            .map(Thread::getName)
            .filter(name -> name.startsWith("HttpClient-"))
            .toList();
    assertEquals(List.of(), started, "an HTTP client's threads would outlive an undeployment");
    assertFalse(readiness.holdsClient());
  }

  @Test
  void shouldLetItsClientGoWhenTheApplicationStops() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    SearchReadiness readiness = readiness("opensearch", "http://127.0.0.1:" + closed);
    assertFalse(readiness.ready());
    assertTrue(readiness.holdsClient());
    readiness.close();
    assertFalse(readiness.holdsClient());
  }

  private static Set<Long> threadIds() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getId)
        .collect(Collectors.toSet());
  }

  @Test
  void shouldReadEveryNodeOfTheList() {
    assertEquals(
        List.of(URI.create("http://a:9200/"), URI.create("https://b:9243/")),
        SearchReadiness.nodes(" http://a:9200 , https://b:9243/,"));
  }

  /** The check as the container would make it, outside the container (no health provider). */
  private static SearchReadiness readiness(String backend, String uris) {
    SearchReadiness readiness = new SearchReadiness();
    readiness.backend = backend;
    readiness.uris = uris;
    return readiness;
  }
}
