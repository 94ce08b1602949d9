package dev.tilmash.it.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fuzz's own logic: seeded, covering, and never aiming a possible write at a target. */
class FuzzPlanTest {
  private static final int REQUESTS = 3_000;

  @Test
  void shouldSendTheSameBytesForTheSameSeed() {
    List<byte[]> first = requests(42L, 500);
    List<byte[]> second = requests(42L, 500);
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(first.get(i), second.get(i), "request " + i);
    }
    assertFalse(
        java.util.Arrays.equals(requests(43L, 500).get(7), first.get(7)),
        "another seed, other requests");
  }

  @Test
  void shouldCoverEveryFamilyAndEveryHostileClass() {
    FuzzPlan plan = plan(1L);
    Set<String> families = new HashSet<>();
    Set<Hostility> classes = EnumSet.noneOf(Hostility.class);
    for (int i = 0; i < REQUESTS; i++) {
      FuzzCase fuzzCase = plan.next();
      families.add(fuzzCase.family());
      classes.add(fuzzCase.hostility());
    }
    assertEquals(Endpoints.all("t").size(), families.size(), families::toString);
    assertEquals(EnumSet.allOf(Hostility.class), classes);
    assertTrue(plan.cells() * 5 < REQUESTS, "each pair is tried several times: " + plan.cells());
  }

  @Test
  void shouldAimOnlyRequestsThatMustBeRefusedAtTargetsWhenTheyWrite() {
    FuzzPlan plan = plan(7L);
    int atTargets = 0;
    for (int i = 0; i < REQUESTS; i++) {
      FuzzCase fuzzCase = plan.next();
      boolean writes = !fuzzCase.request().method().equals("GET");
      if (fuzzCase.subject().target() && writes) {
        atTargets++;
        assertTrue(fuzzCase.mustRefuse(), fuzzCase::describe);
      }
    }
    assertTrue(atTargets > 100, "targets get hostile writes: " + atTargets);
  }

  @Test
  void shouldWriteRawBytesUnchanged() {
    RawRequest request =
        new RawRequest("GET", "api/v1/content/articles/a\u0000b%zz", "q={}").as("editor");
    String wire = new String(request.bytes("/app/", "localhost:1"), StandardCharsets.ISO_8859_1);
    assertTrue(wire.startsWith("GET /app/api/v1/content/articles/a\u0000b%zz?q={} HTTP/1.1\r\n"));
    assertTrue(wire.contains("\r\nAuthorization: Basic ZWRpdG9yOmRlbW8=\r\n"), wire);
    assertTrue(wire.endsWith("Connection: close\r\n\r\n"), wire);
  }

  private static List<byte[]> requests(long seed, int count) {
    FuzzPlan plan = plan(seed);
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> plan.next().request().bytes("/app/", "localhost:1"))
        .toList();
  }

  private static FuzzPlan plan(long seed) {
    Fixtures fixtures =
        new Fixtures(
            List.of(
                new Subject("t1", "en", false, true, "\"e1\""),
                new Subject("t1", "ru", true, true, "\"e2\"")),
            List.of(
                new Subject("s1", "en", false, false, "\"e3\""),
                new Subject("s1", "ru", true, false, "\"e4\"")),
            "a-slug",
            "fuzz.user",
            "s1",
            "<?xml version=\"1.0\"?><xliff><file><unit><segment><source>x</source></segment></unit></file></xliff>"
                .getBytes(StandardCharsets.UTF_8));
    return new FuzzPlan(Endpoints.all("t"), fixtures, seed);
  }
}
