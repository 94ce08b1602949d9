package dev.tilmash.it.cluster;

import dev.tilmash.it.Api;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The production topology of {@code src/cluster/run.sh}, started by that very script for the
 * cluster ITs on ports of their own (so that a developer's cluster on 9080–9082 is left alone):
 * PostgreSQL, one OpenSearch node, instances A and B, and nginx balancing them. What the tests
 * measure goes to {@code target/cluster-report.txt} (docs/cluster.md quotes it), never asserted.
 */
final class Cluster {
  static final int BALANCER = Integer.getInteger("cluster.port", 9380);
  static final int A = Integer.getInteger("cluster.a.port", 9381);
  static final int B = Integer.getInteger("cluster.b.port", 9382);
  private static final Path DIR = Path.of("target", "cluster-it").toAbsolutePath();
  private static final Path REPORT = Path.of("target", "cluster-report.txt");

  /** How long a condition may take before a test fails: generous, since no test times speed. */
  static final Duration PATIENCE = Duration.ofMinutes(3);

  private Cluster() {}

  /**
   * Stops what an earlier run may have left, then starts the cluster on an empty folder, so that
   * every run starts as a fresh clone's would: an empty database that instance A migrates and fills
   * with the demo newsroom.
   */
  static void up() throws IOException {
    run("down", 10);
    deleteTree(DIR);
    Files.deleteIfExists(REPORT);
    Instant started = Instant.now();
    run("up", 30);
    report("run.sh up: %d s", Duration.between(started, Instant.now()).toSeconds());
  }

  static void down() {
    run("down", 10);
  }

  static Api balancer() {
    return api(BALANCER);
  }

  static Api a() {
    return api(A);
  }

  static Api b() {
    return api(B);
  }

  /** Ends instance A at once, as a crash would: {@code kill -9} of its process. */
  static void crashA() throws IOException, InterruptedException {
    String pid = Files.readString(DIR.resolve("pids/tilmash-a.pid")).trim();
    Process kill = new ProcessBuilder("kill", "-9", pid).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -9 " + pid + " failed");
    }
  }

  /** Appends one measured line to {@code target/cluster-report.txt} and prints it. */
  static void report(String format, Object... values) throws IOException {
    String line = format.formatted(values) + System.lineSeparator();
    Files.writeString(REPORT, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.out.print(line);
  }

  /** Polls until the condition holds; fails after {@link #PATIENCE}, never on speed. */
  static void awaitTrue(BooleanSupplier condition, String what) {
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError(what + ": not within " + PATIENCE.toSeconds() + " s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static Api api(int port) {
    try {
      return Api.anonymous(URI.create("http://localhost:" + port + "/").toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void run(String command, int minutes) {
    ProcessBuilder script =
        new ProcessBuilder("bash", "src/cluster/run.sh", command)
            .redirectErrorStream(true)
            .redirectOutput(new File("target/cluster-it-" + command + ".log"));
    Map<String, String> env = script.environment();
    env.put("CLUSTER_DIR", DIR.toString());
    env.put("CLUSTER_PORT", String.valueOf(BALANCER));
    env.put("A_PORT", String.valueOf(A));
    env.put("B_PORT", String.valueOf(B));
    env.put("PG_PORT", System.getProperty("cluster.pg.port", "5441"));
    env.put("OS_PORT", System.getProperty("cluster.os.port", "9290"));
    env.put("CLUSTER_SKIP_BUILD", "1");
    try {
      Process process = script.start();
      if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("run.sh " + command + " did not finish");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "run.sh "
                + command
                + " failed; the end of target/cluster-it-"
                + command
                + ".log:\n"
                + tail(Path.of("target/cluster-it-" + command + ".log")));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run src/cluster/run.sh", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
