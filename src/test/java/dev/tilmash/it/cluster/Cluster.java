package dev.tilmash.it.cluster;

import dev.tilmash.it.Api;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The production topology of {@code src/cluster/run.sh}, started by that very script for the
 * cluster ITs on ports of their own (so that a developer's cluster on 9080–9082 is left alone):
 * PostgreSQL, one OpenSearch node, instances A and B, and nginx balancing them.
 */
final class Cluster {
  static final int BALANCER = Integer.getInteger("cluster.port", 9380);
  static final int A = Integer.getInteger("cluster.a.port", 9381);
  static final int B = Integer.getInteger("cluster.b.port", 9382);
  private static final Path DIR = Path.of("target", "cluster-it").toAbsolutePath();

  private Cluster() {}

  static void up() {
    run("up", 30);
  }

  static void down() {
    run("down", 5);
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
            "run.sh " + command + " failed; see target/cluster-it-" + command + ".log");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run src/cluster/run.sh", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
