package dev.tilmash.shared;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One real OpenSearch 2.16 node per JVM for the tests: codelibs' OpenSearch runner from the test
 * class path, with the smartcn plugin, in a JVM of its own on loopback ({@value #HTTP_PORT}, so
 * {@code -baseHttpPort} {@value #BASE_PORT}), its data under {@code target/opensearch}. It starts
 * on first use, which takes 20 to 40 seconds, and stops when this JVM exits. A node already
 * answering on the port (another test JVM's) is used as it is. The pom's {@code
 * tilmash.opensearch.skip} leaves out the run that would start it.
 */
public final class TestOpenSearch {
  static final int BASE_PORT = Integer.getInteger("tilmash.opensearch.base-port", 9270);
  static final int HTTP_PORT = BASE_PORT + 1;
  private static final Duration START = Duration.ofMinutes(3);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private static Process node;
  private static boolean ready;

  private TestOpenSearch() {}

  /** The node's HTTP address, once it answers; started on first use. */
  public static synchronized String uri() {
    if (!ready) {
      if (!answers()) {
        start();
      }
      ready = true;
    }
    return "http://127.0.0.1:" + HTTP_PORT;
  }

  private static void start() {
    Path base = Path.of("target", "opensearch").toAbsolutePath();
    deleteTree(base);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xms256m",
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            "org.codelibs.opensearch.runner.OpenSearchRunner",
            "-numOfNode",
            "1",
            "-basePath",
            base.toString(),
            "-baseHttpPort",
            String.valueOf(BASE_PORT),
            "-pluginTypes",
            "org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin");
    try {
      Files.createDirectories(base);
      File log = base.resolveSibling("opensearch.log").toFile();
      node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the test OpenSearch node", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(node::destroy));
    long deadline = System.nanoTime() + START.toNanos();
    while (!answers()) {
      if (!node.isAlive() || System.nanoTime() > deadline) {
        node.destroy();
        throw new IllegalStateException(
            "The test OpenSearch node did not start; see target/opensearch.log");
      }
      pause();
    }
  }

  /** Whether a node answers on the port with a cluster that is at least yellow. */
  private static boolean answers() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      "http://127.0.0.1:"
                          + HTTP_PORT
                          + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
              .timeout(Duration.ofSeconds(5))
              .build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for OpenSearch", e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for OpenSearch", e);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clear " + root, e);
    }
  }
}
