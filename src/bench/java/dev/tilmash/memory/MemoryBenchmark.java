package dev.tilmash.memory;

import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fills the memory with 100,000 segment pairs and measures lookups: median and 95th percentile of
 * 1,000 exact and 1,000 fuzzy lookups (after 300 of each to warm up), the time to build the fuzzy
 * index, and the heap after garbage collection with and without the index. Latencies are given in
 * wall-clock time and in the lookup thread's CPU time, which leaves out waiting for a core. A
 * program, not a test: run it with {@code src/bench/run.sh MemoryBenchmark}. It asserts nothing and writes its figures to the console and to {@code
 * target/memory-benchmark.txt}.
 *
 * <p>The sentences are made up from a Zipf-distributed vocabulary of 30,000 words, 6 to 30 words
 * each, so a few words are very common, as in real text; fuzzy queries are stored sentences with
 * one to three words changed (and a tenth are new sentences that match nothing).
 */
public final class MemoryBenchmark {
  private static final int PAIRS = 100_000;
  private static final int LOOKUPS = 1_000;
  private static final int WARM_UP = 300;
  private static final String[] SYLLABLES = {
    "ka", "ri", "to", "me", "sa", "lu", "po", "ne", "di", "ga", "vo", "ze", "mi", "ra", "bu", "te",
    "lo", "si", "na", "ku", "de", "fa", "jo", "pe"
  };

  private final Random random = new Random(2026);
  private final double[] zipf = zipf(30_000);
  private final List<String> report = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    new MemoryBenchmark().measureLookupsOnAHundredThousandPairs();
  }

  private void measureLookupsOnAHundredThousandPairs() throws IOException {
    try (JpaTestDatabase db = JpaTestDatabase.start()) {
      String article = new NewsroomFixture(db).article("en", "benchmark", "Benchmark");
      List<String> sources = new ArrayList<>();
      long started = System.nanoTime();
      for (int from = 0; from < PAIRS; from += 1000) {
        db.run(em -> fill(em, article, sources, 1000));
      }
      line("filled %,d pairs in %.1f s", PAIRS, seconds(started));
      long heapWithoutIndex = heapAfterGc();

      MemorySettings settings = MemorySettings.of(0.75, 5, 6_000_000, 10);
      EntityManager em = db.entityManager();
      try {
        MemoryStore store = MemoryNewsroom.store(em);
        FuzzyIndexes indexes = FuzzyIndexes.of(settings, store);
        TranslationMemoryService memory = TranslationMemoryService.of(store, indexes);
        started = System.nanoTime();
        FuzzyIndex index = indexes.of(new LanguagePair("en", "ru"));
        line(
            "fuzzy index built in %.2f s: %,d segments, weight %,d token occurrences",
            seconds(started), index.size(), index.weight());
        long heapWithIndex = heapAfterGc();
        line(
            "heap after GC: %.1f MB without the index, %.1f MB with it (index ≈ %.1f MB)",
            mb(heapWithoutIndex), mb(heapWithIndex), mb(heapWithIndex - heapWithoutIndex));

        measure("exact", em, text -> memory.exact("en", "ru", text), exactQueries(sources));
        measure(
            "fuzzy ≥ 75 %",
            em, text -> memory.fuzzy("en", "ru", text, 0.75, 5), fuzzyQueries(sources));
        int found = 0;
        for (String query : fuzzyQueries(sources).subList(0, 200)) {
          found += memory.fuzzy("en", "ru", query, 0.75, 5).isEmpty() ? 0 : 1;
          em.clear();
        }
        line("fuzzy queries with at least one match: %d of 200", found);
      } finally {
        em.close();
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/memory-benchmark.txt"), report);
  }

  private void fill(EntityManager em, String article, List<String> sources, int count) {
    LanguagePair pair = new LanguagePair("en", "ru");
    for (int i = 0; i < count; i++) {
      String source = sentence(6 + random.nextInt(25));
      sources.add(source);
      em.persist(
          new MemorySegment(
              pair,
              NormalizedText.of(source, "en"),
              source,
              "перевод " + source,
              article,
              2,
              2,
              Instant.now()));
    }
    em.flush();
    em.clear();
  }

  private void measure(
      String name, EntityManager em, Consumer<String> lookup, List<String> queries) {
    for (String query : queries.subList(0, WARM_UP)) {
      lookup.accept(query);
      em.clear();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[LOOKUPS];
    long[] cpu = new long[LOOKUPS];
    for (int i = 0; i < LOOKUPS; i++) {
      String query = queries.get(WARM_UP + i);
      long started = System.nanoTime();
      long startedCpu = threads.getCurrentThreadCpuTime();
      em.getTransaction().begin();
      lookup.accept(query);
      em.getTransaction().commit();
      cpu[i] = threads.getCurrentThreadCpuTime() - startedCpu;
      nanos[i] = System.nanoTime() - started;
      em.clear();
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    // CPU time leaves out waiting for a core, which a shared build machine adds to the wall clock
    line(
        "%s (%,d lookups): wall clock median %.2f ms, p95 %.2f ms, max %.1f ms;"
            + " thread CPU median %.2f ms, p95 %.2f ms",
        name,
        LOOKUPS,
        nanos[LOOKUPS / 2] / 1e6,
        nanos[(int) (LOOKUPS * 0.95)] / 1e6,
        nanos[LOOKUPS - 1] / 1e6,
        cpu[LOOKUPS / 2] / 1e6,
        cpu[(int) (LOOKUPS * 0.95)] / 1e6);
  }

  /** Stored sentences in another case and spacing, and every fourth one never stored. */
  private List<String> exactQueries(List<String> sources) {
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < WARM_UP + LOOKUPS; i++) {
      String stored = sources.get(random.nextInt(sources.size()));
      queries.add(i % 4 == 3 ? sentence(12) : "  " + stored.toUpperCase(Locale.ROOT) + " ");
    }
    return queries;
  }

  /** Stored sentences with one to three words replaced, and every tenth a new sentence. */
  private List<String> fuzzyQueries(List<String> sources) {
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < WARM_UP + LOOKUPS; i++) {
      if (i % 10 == 9) {
        queries.add(sentence(6 + random.nextInt(25)));
        continue;
      }
      List<String> words =
          new ArrayList<>(List.of(sources.get(random.nextInt(sources.size())).split(" ")));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        words.set(random.nextInt(words.size()), word(random.nextInt(zipf.length)));
      }
      queries.add(String.join(" ", words));
    }
    return queries;
  }

  private String sentence(int length) {
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int rank = Arrays.binarySearch(zipf, random.nextDouble());
      sentence.append(i == 0 ? "" : " ").append(word(rank < 0 ? -rank - 1 : rank));
    }
    return sentence.append('.').toString();
  }

  private static String word(int rank) {
    StringBuilder word = new StringBuilder();
    int n = rank + SYLLABLES.length;
    while (n > 0) {
      word.append(SYLLABLES[n % SYLLABLES.length]);
      n /= SYLLABLES.length;
    }
    return word.toString();
  }

  /** Cumulative probabilities of ranks 1..n under Zipf's law. */
  private static double[] zipf(int n) {
    double[] cumulative = new double[n];
    double sum = 0;
    for (int rank = 1; rank <= n; rank++) {
      sum += 1.0 / rank;
      cumulative[rank - 1] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
    return cumulative;
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }

  private static double mb(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }

  private void line(String format, Object... arguments) {
    String line = String.format(Locale.ROOT, format, arguments);
    System.out.println("[memory benchmark] " + line);
    report.add(line);
  }
}
