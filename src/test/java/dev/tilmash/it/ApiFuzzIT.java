package dev.tilmash.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.it.fuzz.Endpoints;
import dev.tilmash.it.fuzz.FuzzCase;
import dev.tilmash.it.fuzz.FuzzPlan;
import dev.tilmash.it.fuzz.Hostility;
import dev.tilmash.it.fuzz.RawHttp;
import dev.tilmash.it.fuzz.RawRequest;
import dev.tilmash.it.fuzz.RawResponse;
import dev.tilmash.it.fuzz.Subject;
import dev.tilmash.it.fuzz.Verdicts;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A seeded, bounded fuzz of every endpoint family with the hostile input of issue 10, sent as raw
 * bytes. Nothing may answer 5xx; every 4xx is a problem with a Tilmash type; no error shows Java
 * internals; input that is wrong by the contract is refused; and the targeted versions read back
 * byte for byte as before. Every violation is collected and reported at once. {@code -Dfuzz.seed=…}
 * replays another run, {@code -Dfuzz.requests=…} changes how many are sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {
  private static final long DEFAULT_SEED = 20_261_201L;
  private static final int DEFAULT_REQUESTS = 3_000;
  private static final Path REPORT = Path.of("target", "api-fuzz-report.txt");

  private static URI root;
  private static FuzzSubjects subjects;
  private static List<Snapshot> before;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.tilmash();
  }

  @ArquillianResource URL base;

  /** A target version as it reads: its ETag and its exact bytes. */
  private record Snapshot(Subject target, String etag, byte[] body) {}

  @BeforeAll
  static void makeTargets() throws IOException {
    root = Deployments.root();
    subjects = FuzzSubjects.make(Api.anonymous(root.toURL()));
    before = subjects.fixtures().targets().stream().map(ApiFuzzIT::read).toList();
  }

  @Test
  void shouldAnswerEveryHostileRequestWithAProblemAndChangeNoTarget() throws Exception {
    assertEquals(root, base.toURI(), "the deployment answers where @BeforeAll expected it");
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    int total = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
    FuzzPlan plan = new FuzzPlan(Endpoints.all(subjects.runTag()), subjects.fixtures(), seed);
    System.out.printf(
        "ApiFuzzIT: seed %d (-Dfuzz.seed), %d requests (-Dfuzz.requests) over %d endpoint x class"
            + " pairs%n",
        seed, total, plan.cells());
    Verdicts verdicts = new Verdicts();
    Map<Hostility, Long> millis = new EnumMap<>(Hostility.class);
    long started = System.nanoTime();
    for (int i = 0; i < total; i++) {
      FuzzCase fuzzCase = plan.next();
      long sent = System.nanoTime();
      RawHttp.Exchange exchange = http().send(bytes(fuzzCase.request()));
      millis.merge(fuzzCase.hostility(), (System.nanoTime() - sent) / 1_000_000L, Long::sum);
      verdicts.judge(fuzzCase, exchange);
      followScratch(fuzzCase, exchange);
      if ((i + 1) % 500 == 0) {
        System.out.printf(
            "ApiFuzzIT: %d sent, %d violations so far%n", i + 1, verdicts.violations().size());
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    for (Snapshot earlier : before) {
      Snapshot now = read(earlier.target());
      if (!now.etag().equals(earlier.etag()) || !Arrays.equals(now.body(), earlier.body())) {
        verdicts.targetChanged(
            earlier.target().versionPath(),
            "ETag " + earlier.etag() + " -> " + now.etag() + ", body now " + text(now.body()));
      }
    }
    String summary =
        String.format(
            "seed %d, %d requests in %d s, statuses %s%nmilliseconds per class %s%n",
            seed, total, seconds, verdicts.statuses(), millis);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, summary + verdicts.report(Integer.MAX_VALUE));
    System.out.print("ApiFuzzIT: " + summary + verdicts.report(2));
    assertTrue(
        verdicts.violations().isEmpty(),
        () -> summary + verdicts.report(3) + "(every violation in " + REPORT + ")");
  }

  /** A successful write to a scratch version moves its ETag; the next requests use the new one. */
  private static void followScratch(FuzzCase fuzzCase, RawHttp.Exchange exchange) {
    Subject subject = fuzzCase.subject();
    boolean wrote =
        exchange.answered()
            && exchange.response().status() < 300
            && !fuzzCase.request().method().equals("GET")
            && fuzzCase.request().path().startsWith("api/v1/" + subject.versionPath());
    if (wrote && !subject.target()) {
      subject.wrote(read(subject).etag());
    }
  }

  private static Snapshot read(Subject subject) {
    RawRequest get = new RawRequest("GET", "api/v1/" + subject.versionPath(), null).as("editor");
    RawHttp.Exchange exchange = http().send(bytes(get));
    assertTrue(exchange.answered(), () -> "reading " + subject.versionPath() + ": " + exchange);
    RawResponse response = exchange.response();
    assertEquals(200, response.status(), () -> subject.versionPath() + ": " + response.text());
    return new Snapshot(subject, response.header("ETag"), response.body());
  }

  private static RawHttp http() {
    return new RawHttp(root.getHost(), root.getPort());
  }

  private static byte[] bytes(RawRequest request) {
    return request.bytes(root.getPath(), root.getHost() + ":" + root.getPort());
  }

  private static String text(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }
}
