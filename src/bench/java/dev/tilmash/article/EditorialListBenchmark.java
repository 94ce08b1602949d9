package dev.tilmash.article;

import dev.tilmash.language.LanguageSet;
import dev.tilmash.language.LanguageSets;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.SchemaMigrator;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.stat.Statistics;

/**
 * Times {@link ArticleService#list} single-threaded on a benchmark database built by {@code
 * src/bench} (a copy: the migrations run on it), as the persistence unit configures Hibernate:
 * median and 95th percentile of wall-clock and thread CPU time per call, and the SQL statements per
 * call. It also writes every view of a few pages of each scenario to {@code
 * target/editorial-list-views.txt}, so two runs (before and after a change) can be compared with
 * {@code diff}. A program, not a test: {@code src/bench/run.sh EditorialListBenchmark
 * -Dbench.db=/absolute/path/tilmash} (the path without {@code .mv.db}; {@code -Dbench.only=kk} runs
 * the scenarios whose name contains kk). It asserts nothing.
 */
public final class EditorialListBenchmark {
  private static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
  private static final int CALLS = Integer.getInteger("bench.calls", 500);

  /** Built once, as the server's language set is. */
  private static final LanguageSet LANGUAGES = LanguageSets.basic();

  record Scenario(String name, EditorialFilter filter, int page) {}

  private static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario(
              "PUBLISHED+kk, page 0",
              new EditorialFilter(WorkflowState.PUBLISHED, "kk", null, null),
              0),
          new Scenario(
              "PUBLISHED+kk, page 40",
              new EditorialFilter(WorkflowState.PUBLISHED, "kk", null, null),
              40),
          new Scenario("no filter, page 0", new EditorialFilter(null, null, null, null), 0),
          new Scenario(
              "PUBLISHED, page 0",
              new EditorialFilter(WorkflowState.PUBLISHED, null, null, null),
              0),
          new Scenario("ru, page 0", new EditorialFilter(null, "ru", null, null), 0),
          new Scenario(
              "DRAFT+ru, page 0", new EditorialFilter(WorkflowState.DRAFT, "ru", null, null), 0),
          new Scenario("ru outdated, page 0", new EditorialFilter(null, "ru", true, null), 0),
          new Scenario("not outdated, page 0", new EditorialFilter(null, null, false, null), 0),
          new Scenario("outdated, page 0", new EditorialFilter(null, null, true, null), 0),
          new Scenario("uz outdated, page 3", new EditorialFilter(null, "uz", true, null), 3),
          new Scenario(
              "PUBLISHED+uz not outdated, page 9",
              new EditorialFilter(WorkflowState.PUBLISHED, "uz", false, null),
              9),
          new Scenario(
              "IN_REVIEW+ru outdated, page 2",
              new EditorialFilter(WorkflowState.IN_REVIEW, "ru", true, null),
              2),
          new Scenario(
              "DRAFT+kk, page 1", new EditorialFilter(WorkflowState.DRAFT, "kk", null, null), 1),
          new Scenario("no filter, page 270", new EditorialFilter(null, null, null, null), 270),
          new Scenario("no filter, page 272", new EditorialFilter(null, null, null, null), 272),
          new Scenario("zh, page 435", new EditorialFilter(null, "zh", null, null), 435),
          new Scenario("no filter, page 500", new EditorialFilter(null, null, null, null), 500));

  public static void main(String[] args) throws IOException {
    new EditorialListBenchmark().measure();
  }

  private void measure() throws IOException {
    String path = System.getProperty("bench.db");
    if (path == null) {
      System.out.println("EditorialListBenchmark: set -Dbench.db=/absolute/path/tilmash");
      return;
    }
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + path + ";CACHE_SIZE=262144");
    dataSource.setUser("tilmash");
    dataSource.setPassword("tilmash");
    // a pool, as the server has: the database stays open between calls
    JdbcConnectionPool pool = JdbcConnectionPool.create(dataSource);
    SchemaMigrator.migrate(pool);
    List<String> report = new ArrayList<>();
    List<String> views = new ArrayList<>();
    try (EntityManagerFactory factory = factory(pool)) {
      Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      String only = System.getProperty("bench.only", "");
      for (Scenario scenario : SCENARIOS) {
        if (!scenario.name().contains(only)) {
          continue;
        }
        PageRequest page = new PageRequest(scenario.page(), PageRequest.DEFAULT_SIZE);
        for (int p : new int[] {0, 1, scenario.page()}) {
          Page<ArticleView> found = list(factory, scenario.filter(), new PageRequest(p, 20));
          views.add("## " + scenario.name() + " / page " + p + ", total " + found.total());
          found.items().forEach(v -> views.add(v.toString()));
        }
        for (int i = 0; i < WARM_UP; i++) {
          list(factory, scenario.filter(), page);
        }
        statistics.clear();
        long[] wall = new long[CALLS];
        long[] cpu = new long[CALLS];
        long items = 0;
        for (int i = 0; i < CALLS; i++) {
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          Page<ArticleView> found = list(factory, scenario.filter(), page);
          wall[i] = System.nanoTime() - t0;
          cpu[i] = threads.getCurrentThreadCpuTime() - c0;
          items += found.items().size();
        }
        String line =
            String.format(
                Locale.ROOT,
                "%-26s wall p50 %6.2f ms p95 %6.2f ms | cpu p50 %6.2f ms p95 %6.2f ms"
                    + " | %.1f statements/call, %d items/call",
                scenario.name(),
                percentile(wall, 50),
                percentile(wall, 95),
                percentile(cpu, 50),
                percentile(cpu, 95),
                (double) statistics.getPrepareStatementCount() / CALLS,
                items / CALLS);
        System.out.println(line);
        report.add(line);
        for (String query : statistics.getQueries()) {
          var stats = statistics.getQueryStatistics(query);
          String detail =
              String.format(
                  Locale.ROOT,
                  "    %6.2f ms/call  %s",
                  (double) stats.getExecutionTotalTime() / CALLS,
                  query.length() > 140 ? query.substring(0, 140) : query);
          System.out.println(detail);
          report.add(detail);
        }
      }
    }
    pool.dispose();
    Files.write(Path.of("target/editorial-list-benchmark.txt"), report);
    Files.write(Path.of("target/editorial-list-views.txt"), views);
  }

  private static Page<ArticleView> list(
      EntityManagerFactory factory, EditorialFilter filter, PageRequest page) {
    return JpaTestDatabase.inTransaction(
        factory,
        em -> {
          ArticleService service = new ArticleService();
          service.articles = NewsroomFixture.repository(em);
          service.editorial = new EditorialQuery();
          service.editorial.em = em;
          service.languages = LANGUAGES;
          return service.list(filter, page);
        });
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
  }

  /** The persistence unit's settings (META-INF/persistence.xml), without the search index. */
  private static EntityManagerFactory factory(DataSource dataSource) {
    Configuration configuration = JpaTestDatabase.configuration(dataSource);
    configuration.setProperty(AvailableSettings.GENERATE_STATISTICS, "true");
    configuration.setProperty(AvailableSettings.LOG_SESSION_METRICS, "false");
    configuration.setProperty("hibernate.search.enabled", "false");
    return configuration.buildSessionFactory();
  }
}
