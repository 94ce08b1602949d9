package dev.tilmash.search;

import dev.tilmash.text.MarkdownBody;
import dev.tilmash.delivery.ContentSearchJpaTest;
import dev.tilmash.delivery.FoundArticle;
import dev.tilmash.demo.DemoText;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.SchemaMigrator;
import dev.tilmash.text.MarkdownBody;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.stat.Statistics;

/**
 * Measures public search and the index rebuild on a newsroom of {@code -Dbench.articles=N} (default
 * 2,000) articles, each published in en, ru, kk, uz and zh from the demo texts, in H2 in memory
 * with the index in a directory on disk as on the server ({@code target/search-benchmark-index}).
 * Reports the rebuild rate (versions/s), then for {@code q=торговля&lang=ru} and {@code
 * q=中亚&lang=zh} the median and 95th percentile of {@link dev.tilmash.delivery.ContentSearch#search} over 500 searches
 * after 200 to warm up, single-threaded, in wall-clock and thread CPU time, and the SQL statements
 * per search. A program, not a test: run it with {@code src/bench/run.sh SearchBenchmark}. It asserts nothing and writes to the console and to {@code
 * target/search-benchmark.txt}.
 */
public final class SearchBenchmark {
  private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "zh");
  private static final String[] CITIES = {"astana", "almaty", "tashkent", "bishkek", "baku"};
  private static final int WARM_UP = 200;
  private static final int SEARCHES = 500;
  private final List<String> report = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    new SearchBenchmark().measureSearchAndRebuild();
  }

  private void measureSearchAndRebuild() throws Exception {
    int articles = Integer.getInteger("bench.articles", 2000);
    Path index = Path.of("target/search-benchmark-index").toAbsolutePath();
    deleteTree(index);
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:searchbench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    SchemaMigrator.migrate(h2);
    long started = System.nanoTime();
    load(h2, articles);
    line("loaded %,d articles x 5 languages in %.1f s", articles, seconds(started));

    try (SessionFactory factory = factory(h2, index)) {
      Statistics statistics = factory.getStatistics();
      long cpu = processCpuNanos();
      started = System.nanoTime();
      long versions = SearchBenchmarkRebuild.run(factory);
      double rebuild = seconds(started);
      line(
          "rebuild: %,d versions in %.1f s = %.0f versions/s (process CPU %.1f s)",
          versions, rebuild, versions / rebuild, (processCpuNanos() - cpu) / 1e9);
      measure(factory, statistics, "торговля", "ru");
      measure(factory, statistics, "中亚", "zh");
      measure(factory, statistics, "corridor", null);
    }
    Files.write(Path.of("target/search-benchmark.txt"), report);
  }

  private void measure(EntityManagerFactory factory, Statistics statistics, String q, String lang) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Function<EntityManager, Page<FoundArticle>> search =
        em ->
            ContentSearchJpaTest.contentSearch(em)
                .search(q, lang, new PageRequest(0, 20), URI.create("http://b/api/v1/"));
    for (int i = 0; i < WARM_UP; i++) {
      inTransaction(factory, search);
    }
    long[] wall = new long[SEARCHES];
    long[] cpu = new long[SEARCHES];
    statistics.clear();
    Page<FoundArticle> last = null;
    for (int i = 0; i < SEARCHES; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      last = inTransaction(factory, search);
      wall[i] = System.nanoTime() - t0;
      cpu[i] = threads.getCurrentThreadCpuTime() - c0;
    }
    long statements = statistics.getPrepareStatementCount();
    line(
        "q=%s lang=%s: total %,d, wall median %.2f ms p95 %.2f ms, CPU median %.2f ms p95 %.2f"
            + " ms, %.1f SQL statements per search",
        q,
        lang,
        last.total(),
        percentile(wall, 50),
        percentile(wall, 95),
        percentile(cpu, 50),
        percentile(cpu, 95),
        statements / (double) SEARCHES);
    line("  first hit: %s", last.items().isEmpty() ? "-" : last.items().get(0));
  }

  static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
    return JpaTestDatabase.inTransaction(factory, work);
  }

  /** As the persistence unit configures it, with the index on disk and statistics on. */
  private static SessionFactory factory(JdbcDataSource h2, Path index) {
    Configuration configuration = JpaTestDatabase.configuration(h2);
    configuration.setProperty(AvailableSettings.GENERATE_STATISTICS, "true");
    configuration.setProperty(AvailableSettings.LOG_SESSION_METRICS, "false");
    configuration.setProperty("hibernate.search.backend.directory.type", "local-filesystem");
    configuration.setProperty("hibernate.search.backend.directory.root", index.toString());
    return configuration.buildSessionFactory();
  }

  /** The articles by plain JDBC: one published revision per version, three tags per article. */
  private static void load(JdbcDataSource h2, int articles) throws SQLException, IOException {
    List<String> topics = DemoText.keys();
    Map<String, DemoText> texts = new HashMap<>();
    Map<String, String> html = new HashMap<>();
    for (String topic : topics) {
      for (String language : LANGUAGES) {
        DemoText text = DemoText.load(topic + "." + language);
        texts.put(topic + language, text);
        html.put(topic + language, MarkdownBody.toSafeHtml(text.body()));
      }
    }
    Instant start = Instant.parse("2023-01-01T00:00:00Z");
    try (Connection c = h2.getConnection()) {
      c.setAutoCommit(false);
      PreparedStatement article =
          c.prepareStatement(
              "insert into article (id, source_language, created_at, created_by,"
                  + " last_published_at, version) values (?, 'en', ?, 'editor', ?, 0)");
      PreparedStatement tag =
          c.prepareStatement("insert into article_tag (article_id, tag) values (?, ?)");
      PreparedStatement version =
          c.prepareStatement(
              "insert into language_version (id, article_id, language, state, slug,"
                  + " slug_explicit, working_revision_id, live_revision_id, published_at,"
                  + " updated_at, version) values (?, ?, ?, 'PUBLISHED', ?, false, ?, ?, ?, ?,"
                  + " 0)");
      PreparedStatement revision =
          c.prepareStatement(
              "insert into revision (id, language_version_id, revision_no, title, summary, body,"
                  + " body_html, author, created_at, content_hash, published_at, minor_change)"
                  + " values (?, ?, 1, ?, ?, ?, ?, 'editor', ?, 'hash', ?, false)");
      c.createStatement().execute("set referential_integrity false");
      long id = 0;
      for (int i = 0; i < articles; i++) {
        String articleId = UUID.randomUUID().toString();
        String topic = topics.get(i % topics.size());
        String city = CITIES[(i / topics.size()) % CITIES.length];
        var at = start.plusSeconds(600L * i).atOffset(ZoneOffset.UTC);
        article.setString(1, articleId);
        article.setObject(2, at);
        article.setObject(3, at);
        article.addBatch();
        for (String t : List.of(topic, city, "region")) {
          tag.setString(1, articleId);
          tag.setString(2, t);
          tag.addBatch();
        }
        for (String language : LANGUAGES) {
          DemoText text = texts.get(topic + language);
          id++;
          version.setLong(1, id);
          version.setString(2, articleId);
          version.setString(3, language);
          version.setString(4, topic + "-" + i);
          version.setLong(5, id);
          version.setLong(6, id);
          version.setObject(7, at);
          version.setObject(8, at);
          version.addBatch();
          revision.setLong(1, id);
          revision.setLong(2, id);
          revision.setString(3, city + ": " + text.title());
          revision.setString(4, text.summary());
          revision.setString(5, text.body());
          revision.setString(6, html.get(topic + language));
          revision.setObject(7, at);
          revision.setObject(8, at);
          revision.addBatch();
        }
        if (i % 200 == 199 || i == articles - 1) {
          article.executeBatch();
          tag.executeBatch();
          version.executeBatch();
          revision.executeBatch();
          c.commit();
        }
      }
      c.createStatement().execute("set referential_integrity true");
      c.createStatement().execute("alter sequence language_version_seq restart with " + (id + 1));
      c.createStatement().execute("alter sequence revision_seq restart with " + (id + 1));
      c.commit();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    System.out.println(text);
    report.add(text);
  }
}
