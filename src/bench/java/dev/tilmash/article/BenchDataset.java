package dev.tilmash.article;

import dev.tilmash.text.MarkdownBody;

import com.sun.management.OperatingSystemMXBean;
import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.audit.AuditEvent;
import dev.tilmash.audit.BenchAuditLog;
import dev.tilmash.demo.DemoText;
import dev.tilmash.language.Language;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.language.SlugTransliterator;
import dev.tilmash.shared.SchemaMigrator;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Builds the benchmark newsroom: N articles, each published in en, ru, kk, uz and zh, in an H2 file
 * database or a PostgreSQL database ({@link BenchStore}) that the server then starts on. Not part of the application: compiled and run by {@code
 * src/bench/scale.sh}, never by the build.
 *
 * <p><b>What comes from the application.</b> The schema is migrated by {@link SchemaMigrator} (the
 * Flyway migrations). What a published version consists of is decided by the domain: for every
 * distinct text (a demo text with a dateline, in one language, as source or as translation) the
 * builder runs the real workflow once, in memory: {@link LanguageVersion#begin} by the writer, then
 * submit, approve by editor2 (four eyes) and publish by editor through {@link
 * LanguageVersion#perform}, each step stored by {@link ArticleRepository#store}, which records the
 * workflow transition and the audit entry. That gives the revision (body HTML from {@link
 * MarkdownBody}, content hash), the version's final state and fields, the transitions and the audit
 * entries. Slugs come from {@link SlugTransliterator} with the {@code -2}, {@code -3} collision
 * rule of {@link Slugs}.
 *
 * <p><b>What is done in bulk.</b> Those prototype rows are then written for every article with its
 * own ids, slugs and times, by plain JDBC batch inserts on two threads, with the referential checks
 * off during the load (language_version and revision point at each other) and checked at the end. Going through Hibernate for every version would render the same Markdown and transliterate
 * the same titles 500,000 times: about 150 versions/s instead of thousands. The column lists are
 * those of the migrations; a column added later with a default gets its default. Sequences are
 * moved past the ids used, so the server's Hibernate continues after them.
 *
 * <p>Not written: accounts (the server's demo loader creates them on the first start, since the
 * database holds no user), translation memory and search indexes (the server's own concern).
 *
 * <p>Usage: {@code BenchDataset <db path without .mv.db | jdbc:postgresql: URL> <articles> <demo
 * texts dir> [threads]}
 */
public final class BenchDataset {
  static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "zh");
  // articles per transaction: small ones leave H2 fewer pages to rewrite at commit (measured: 25%
  // less CPU than 200)
  static final int CHUNK = 10;
  static final String AUTHOR = "Tilmash bench desk";
  static final String SOURCE = "Benchmark data generated from the Tilmash demo texts";

  static final Actor EDITOR = new Actor("editor", Set.of(Role.EDITOR), Set.of());
  static final Actor EDITOR2 = new Actor("editor2", Set.of(Role.EDITOR), Set.of());

  /** The demo articles' tags, by text key (an unknown key is its own tag). */
  static final Map<String, List<String>> TOPIC_TAGS =
      Map.of(
          "forum-report", List.of("forum", "cooperation"),
          "trade-figures", List.of("trade", "statistics"),
          "middle-corridor", List.of("transport", "middle-corridor"),
          "education-exchange", List.of("education", "universities"),
          "summit-preview", List.of("summit", "diplomacy"),
          "expert-opinion", List.of("opinion", "digital-trade"));

  /** Datelines: a tag, then the city's name in en, ru, kk, uz, zh. */
  static final String[][] CITIES = {
    {"astana", "Astana", "Астана", "Астана", "Astana", "阿斯塔纳"},
    {"almaty", "Almaty", "Алматы", "Алматы", "Olmaota", "阿拉木图"},
    {"tashkent", "Tashkent", "Ташкент", "Ташкент", "Toshkent", "塔什干"},
    {"samarkand", "Samarkand", "Самарканд", "Самарқанд", "Samarqand", "撒马尔罕"},
    {"bishkek", "Bishkek", "Бишкек", "Бішкек", "Bishkek", "比什凯克"},
    {"dushanbe", "Dushanbe", "Душанбе", "Душанбе", "Dushanbe", "杜尚别"},
    {"ashgabat", "Ashgabat", "Ашхабад", "Ашхабад", "Ashxobod", "阿什哈巴德"},
    {"aktau", "Aktau", "Актау", "Ақтау", "Oqtov", "阿克套"},
    {"shymkent", "Shymkent", "Шымкент", "Шымкент", "Chimkent", "奇姆肯特"},
    {"bukhara", "Bukhara", "Бухара", "Бұхара", "Buxoro", "布哈拉"},
    {"khorgos", "Khorgos", "Хоргос", "Қорғас", "Xorgos", "霍尔果斯"},
    {"urumqi", "Urumqi", "Урумчи", "Үрімжі", "Urumchi", "乌鲁木齐"},
    {"baku", "Baku", "Баку", "Баку", "Boku", "巴库"},
    {"beijing", "Beijing", "Пекин", "Бейжің", "Pekin", "北京"},
    {"moscow", "Moscow", "Москва", "Мәскеу", "Moskva", "莫斯科"},
    {"andijan", "Andijan", "Андижан", "Әндіжан", "Andijon", "安集延"},
    {"karaganda", "Karaganda", "Караганда", "Қарағанды", "Qarag‘anda", "卡拉干达"},
    {"osh", "Osh", "Ош", "Ош", "O‘sh", "奥什"},
    {"termez", "Termez", "Термез", "Термез", "Termiz", "铁尔梅兹"},
    {"nukus", "Nukus", "Нукус", "Нөкіс", "Nukus", "努库斯"},
  };

  static final String INSERT_ARTICLE =
      "insert into article (id, source_language, author, attribution, created_at, created_by,"
          + " last_published_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)";
  static final String INSERT_TAG = "insert into article_tag (article_id, tag) values (?, ?)";
  static final String INSERT_VERSION =
      "insert into language_version (id, article_id, language, state, slug, slug_explicit,"
          + " working_revision_id, live_revision_id, based_on_source_revision,"
          + " major_published_revision, submitted_by, submitted_at, assignee, published_at,"
          + " updated_at, version) values (?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
  static final String INSERT_REVISION =
      "insert into revision (id, language_version_id, revision_no, title, summary, body,"
          + " body_html, based_on_source_revision, author, created_at, content_hash, published_at,"
          + " minor_change, comment_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String INSERT_TRANSITION =
      "insert into workflow_transition (id, language_version_id, action_name, from_state,"
          + " to_state, revision_no, actor, occurred_at, comment_text)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  static final String INSERT_AUDIT =
      "insert into audit_event (id, occurred_at, actor, kind, article_id, language, revision_no,"
          + " from_state, to_state, detail, http_method, http_path)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  static final String SELECT_REVISION =
      "select title, summary, body, body_html, content_hash from revision where id = ?";

  record Text(String title, String summary, String body) {}

  record Template(String key, Map<String, Text> texts) {}

  /**
   * One published version as the domain made it, with its steps at {@code EPOCH + k minutes}: step
   * k of an article happens at its own k-th time.
   */
  record Prototype(
      LanguageVersion version,
      Revision revision,
      List<WorkflowTransition> transitions,
      List<AuditEvent> audits,
      String articleId) {}

  private final List<Template> templates;
  private final Map<String, Language> languages = new LinkedHashMap<>();
  private final SlugTransliterator transliterator = new SlugTransliterator();
  private final Map<String, String> slugBases = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> slugCounters = new ConcurrentHashMap<>();
  private final Map<String, Prototype> prototypes = new ConcurrentHashMap<>();
  private final AtomicLong transitionIds = new AtomicLong();
  private final AtomicLong auditIds = new AtomicLong();
  private final Instant start;
  private final Duration spacing;
  private final int articles;
  private final AtomicInteger done = new AtomicInteger();
  private final long startedNanos = System.nanoTime();

  private BenchDataset(List<Template> templates, int articles) {
    this.templates = templates;
    this.articles = articles;
    LanguageSet set =
        LanguageSet.of(
            LANGUAGES,
            "en",
            Map.of(
                "ru", List.of("en"),
                "kk", List.of("ru", "en"),
                "uz", List.of("ru", "en"),
                "zh", List.of("en")),
            Map.of());
    LANGUAGES.forEach(tag -> languages.put(tag, set.require(tag)));
    // Three years of publications, the newest a day ago.
    Instant end = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
    Duration span = Duration.ofDays(3 * 365);
    this.start = end.minus(span);
    this.spacing = span.dividedBy(Math.max(1, articles));
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println(
          "usage: BenchDataset <db path | jdbc:postgresql: URL> <articles> <demo texts dir>"
              + " [threads]");
      System.exit(2);
    }
    Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    BenchStore store = BenchStore.of(args[0]);
    int articles = Integer.parseInt(args[1]);
    List<Template> templates = templates(Path.of(args[2]));
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;

    DataSource database = store.dataSource();
    long t0 = System.nanoTime();
    SchemaMigrator.migrate(database);
    if (BenchStore.count(database, "select count(*) from article") > 0) {
      System.err.println("the database at " + args[0] + " already holds articles; start empty");
      System.exit(2);
    }
    System.out.printf(
        "dataset: %d articles x %d languages from %d demo texts, %d threads%n",
        articles, LANGUAGES.size(), templates.size(), threads);
    BenchDataset builder = new BenchDataset(templates, articles);
    store.beginLoad();
    long t1 = System.nanoTime();
    long cpu1 = processCpuNanos();
    builder.build(store, threads);
    long t2 = System.nanoTime();
    long cpu2 = processCpuNanos();
    store.endLoad();
    builder.finish(database);
    long closing = System.nanoTime();
    String closed = store.close();
    long t3 = System.nanoTime();
    System.out.printf("  %s in %.1f s%n", closed, (t3 - closing) / 1e9);
    double seconds = (t2 - t1) / 1e9;
    System.out.printf(
        "DATASET articles=%d versions=%d build_s=%.1f total_s=%.1f rate=%.0f cpu_s=%.1f"
            + " per_cpu_s=%.0f finish_s=%.1f%n",
        articles,
        articles * LANGUAGES.size(),
        seconds,
        (t3 - t0) / 1e9,
        articles * LANGUAGES.size() / seconds,
        (cpu2 - cpu1) / 1e9,
        articles * LANGUAGES.size() / ((cpu2 - cpu1) / 1e9),
        (t3 - closing) / 1e9);
  }

  private void build(BenchStore store, int threads) throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      int chunks = (articles + CHUNK - 1) / CHUNK;
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(
            workers.submit(
                () -> {
                  try (Connection connection = store.dataSource().getConnection()) {
                    store.loading(connection);
                    connection.setAutoCommit(false);
                    Writer writer = new Writer(connection);
                    for (int c = first; c < chunks; c += threads) {
                      int from = c * CHUNK;
                      int to = Math.min(articles, from + CHUNK);
                      for (int i = from; i < to; i++) {
                        article(i, writer);
                      }
                      writer.flush();
                      connection.commit();
                      progress(to - from);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } finally {
      workers.shutdownNow();
    }
  }

  private void progress(int more) {
    int total = done.addAndGet(more);
    int tenth = Math.max(CHUNK, articles / 10);
    if (total / tenth != (total - more) / tenth || total == articles) {
      double seconds = (System.nanoTime() - startedNanos) / 1e9;
      System.out.printf(
          "  %d/%d articles, %.0f versions/s%n",
          total, articles, total * LANGUAGES.size() / seconds);
    }
  }

  /** One article, published in every language: the source first, then the translations. */
  private void article(int i, Writer writer) throws SQLException {
    SplittableRandom random = new SplittableRandom(0x7115a5L * 31 + i);
    Template template = templates.get(i % templates.size());
    int cityIndex = (i / templates.size()) % CITIES.length;
    String[] city = CITIES[cityIndex];
    String sourceLanguage = i % 4 == 3 ? "ru" : "en";
    Instant created = start.plus(spacing.multipliedBy(i));
    List<String> tags = new ArrayList<>(TOPIC_TAGS.getOrDefault(template.key(), List.of()));
    if (tags.isEmpty()) {
      tags.add(template.key());
    }
    tags.add(city[0]);

    List<String> order = new ArrayList<>(LANGUAGES);
    order.remove(sourceLanguage);
    order.add(0, sourceLanguage);
    String articleId = UUID.randomUUID().toString();
    Instant at = created;
    Instant lastPublished = null;
    for (String language : order) {
      boolean source = language.equals(sourceLanguage);
      Prototype p = prototype(template, cityIndex, language, source);
      // the times of the steps: begin, submit, approve, publish
      Instant[] times = new Instant[4];
      times[0] = at.plus(Duration.ofMinutes(source ? 5 : 30 + random.nextInt(240)));
      times[1] = times[0].plus(Duration.ofMinutes(10 + random.nextInt(50)));
      times[2] = times[1].plus(Duration.ofMinutes(5 + random.nextInt(120)));
      times[3] = times[2].plus(Duration.ofMinutes(1 + random.nextInt(30)));
      at = times[3];
      lastPublished = at;
      long versionId = (long) i * LANGUAGES.size() + LANGUAGES.indexOf(language) + 1;
      String slug = slug(language, p.revision().title());
      writer.version(articleId, versionId, slug, p, times);
    }
    writer.article(articleId, sourceLanguage, created, lastPublished, tags);
  }

  /**
   * The domain's version of this text, made once: created, submitted, approved and published in
   * memory, stored through {@link ArticleRepository#store} into an entity manager that only keeps
   * what it is given.
   */
  private Prototype prototype(Template template, int city, String language, boolean source) {
    String key = template.key() + '|' + city + '|' + language + '|' + source;
    return prototypes.computeIfAbsent(
        key,
        k -> {
          Text text = dated(template.texts().get(language), CITIES[city], language);
          List<Object> stored = new ArrayList<>();
          EntityManager em = keeping(stored);
          BenchAuditLog.StepClock clock = new BenchAuditLog.StepClock();
          ArticleRepository repository = new ArticleRepository();
          repository.em = em;
          repository.audit = BenchAuditLog.writingTo(em, clock);
          Instant[] times = new Instant[4];
          for (int s = 0; s < times.length; s++) {
            times[s] = Instant.EPOCH.plus(Duration.ofMinutes(s));
          }
          String sourceLanguage = source ? language : language.equals("en") ? "ru" : "en";
          Article article =
              new Article(sourceLanguage, List.of(), AUTHOR, SOURCE, "editor", times[0]);
          Actor writer =
              source
                  ? EDITOR
                  : new Actor("translator." + language, Set.of(Role.TRANSLATOR), Set.of(language));
          LanguageVersion version = new LanguageVersion(article, language, "prototype", false);
          clock.set(times[0]);
          Change first =
              version.begin(
                  writer,
                  new VersionContent(text.title(), text.summary(), text.body()),
                  source ? null : 1,
                  times[0]);
          repository.store(first);
          WorkflowAction[] steps = {
            WorkflowAction.SUBMIT, WorkflowAction.APPROVE, WorkflowAction.PUBLISH
          };
          Actor[] actors = {writer, EDITOR2, EDITOR};
          for (int s = 0; s < steps.length; s++) {
            clock.set(times[s + 1]);
            repository.store(version.perform(steps[s], actors[s], null, false, times[s + 1]));
          }
          List<WorkflowTransition> transitions = new ArrayList<>();
          List<AuditEvent> audits = new ArrayList<>();
          Revision revision = null;
          for (Object entity : stored) {
            if (entity instanceof Revision r && revision == null) {
              revision = r;
            } else if (entity instanceof WorkflowTransition t) {
              transitions.add(t);
            } else if (entity instanceof AuditEvent a) {
              audits.add(a);
            } else {
              throw new IllegalStateException(
                  "the repository stored " + entity.getClass().getName() + ": teach BenchDataset");
            }
          }
          if (version.state() != WorkflowState.PUBLISHED
              || version.live() != revision
              || version.working() != revision) {
            throw new IllegalStateException("the workflow did not publish revision 1: " + key);
          }
          return new Prototype(version, revision, transitions, audits, article.id());
        });
  }

  /** The demo text with a dateline: a city before the title and at the start of the body. */
  private static Text dated(Text text, String[] city, String language) {
    String name = city[1 + LANGUAGES.indexOf(language)];
    if (language.equals("zh")) {
      return new Text(
          name + "：" + text.title(), text.summary(), "**（" + name + "）** " + text.body());
    }
    return new Text(name + ": " + text.title(), text.summary(), "**" + name + ".** " + text.body());
  }

  /** The slug {@link Slugs#choose} gives this title in a newsroom that has these articles. */
  private String slug(String language, String title) {
    String base =
        slugBases.computeIfAbsent(
            language + '\u0000' + title,
            k -> transliterator.slugFor(title, languages.get(language)));
    int n =
        slugCounters
            .computeIfAbsent(language + '\u0000' + base, k -> new AtomicInteger())
            .incrementAndGet();
    if (n == 1) {
      return base;
    }
    String suffix = "-" + n;
    String stem =
        base.length() + suffix.length() > SlugTransliterator.MAX_LENGTH
            ? base.substring(0, SlugTransliterator.MAX_LENGTH - suffix.length())
            : base;
    return stem.replaceAll("-+$", "") + suffix;
  }

  /** An entity manager that keeps what is persisted and refuses everything else but flush. */
  private static EntityManager keeping(List<Object> stored) {
    return (EntityManager)
        Proxy.newProxyInstance(
            BenchDataset.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "persist" -> {
                    stored.add(args[0]);
                    yield null;
                  }
                  case "flush" -> null;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  case "toString" -> "prototype entity manager";
                  default ->
                      throw new UnsupportedOperationException(
                          "ArticleRepository.store now calls EntityManager."
                              + method.getName()
                              + ": teach BenchDataset");
                });
  }

  /** Batched inserts on one connection. */
  private final class Writer {
    private final PreparedStatement article;
    private final PreparedStatement tag;
    private final PreparedStatement version;
    private final PreparedStatement revision;
    private final PreparedStatement transition;
    private final PreparedStatement audit;

    Writer(Connection connection) throws SQLException {
      article = connection.prepareStatement(INSERT_ARTICLE);
      tag = connection.prepareStatement(INSERT_TAG);
      version = connection.prepareStatement(INSERT_VERSION);
      revision = connection.prepareStatement(INSERT_REVISION);
      transition = connection.prepareStatement(INSERT_TRANSITION);
      audit = connection.prepareStatement(INSERT_AUDIT);
    }

    void article(
        String id, String sourceLanguage, Instant created, Instant lastPublished, List<String> tags)
        throws SQLException {
      article.setString(1, id);
      article.setString(2, sourceLanguage);
      article.setString(3, AUTHOR);
      article.setString(4, SOURCE);
      article.setObject(5, utc(created));
      article.setString(6, EDITOR.username());
      article.setObject(7, utc(lastPublished));
      article.addBatch();
      for (String t : tags) {
        tag.setString(1, id);
        tag.setString(2, t);
        tag.addBatch();
      }
    }

    void version(String articleId, long id, String slug, Prototype p, Instant[] times)
        throws SQLException {
      LanguageVersion v = p.version();
      Revision r = p.revision();
      version.setLong(1, id);
      version.setString(2, articleId);
      version.setString(3, v.language());
      version.setString(4, v.state().name());
      version.setString(5, slug);
      version.setLong(6, id); // working: the version's only revision, with the same id
      version.setLong(7, id); // live: the same
      setInteger(version, 8, v.basedOnSourceRevision());
      setInteger(version, 9, v.majorPublishedRevision());
      version.setString(10, v.submittedBy());
      version.setObject(11, at(v.submittedAt(), times));
      version.setString(12, v.assignee());
      version.setObject(13, at(v.publishedAt(), times));
      version.setObject(14, at(v.updatedAt(), times));
      version.addBatch();

      revision.setLong(1, id);
      revision.setLong(2, id);
      revision.setInt(3, r.number());
      revision.setString(4, r.title());
      revision.setString(5, r.summary());
      revision.setString(6, r.body());
      revision.setString(7, r.bodyHtml());
      setInteger(revision, 8, r.basedOnSourceRevision());
      revision.setString(9, r.author());
      revision.setObject(10, at(r.createdAt(), times));
      revision.setString(11, r.contentHash());
      revision.setObject(12, at(r.publishedAt(), times));
      revision.setBoolean(13, r.minor());
      revision.setString(14, r.comment());
      revision.addBatch();

      long transitionId = transitionIds.getAndAdd(p.transitions().size());
      for (WorkflowTransition t : p.transitions()) {
        transition.setLong(1, ++transitionId);
        transition.setLong(2, id);
        transition.setString(3, t.action().name());
        transition.setString(4, t.from().name());
        transition.setString(5, t.to().name());
        setInteger(transition, 6, t.revision());
        transition.setString(7, t.actor());
        transition.setObject(8, at(t.at(), times));
        transition.setString(9, t.comment());
        transition.addBatch();
      }
      long auditId = auditIds.getAndAdd(p.audits().size());
      for (AuditEvent a : p.audits()) {
        audit.setLong(1, ++auditId);
        audit.setObject(2, at(a.at(), times));
        audit.setString(3, a.actor());
        audit.setString(4, a.kind().name());
        audit.setString(5, p.articleId().equals(a.articleId()) ? articleId : a.articleId());
        audit.setString(6, a.language());
        setInteger(audit, 7, a.revision());
        audit.setString(8, a.from());
        audit.setString(9, a.to());
        audit.setString(10, a.detail());
        audit.setString(11, a.method());
        audit.setString(12, a.path());
        audit.addBatch();
      }
    }

    void flush() throws SQLException {
      // parents first (the checks are off, but the order costs nothing)
      article.executeBatch();
      tag.executeBatch();
      version.executeBatch();
      revision.executeBatch();
      transition.executeBatch();
      audit.executeBatch();
    }
  }

  /** A prototype's time (EPOCH + k minutes) as this article's k-th step time. */
  private static OffsetDateTime at(Instant prototypeTime, Instant[] times) {
    if (prototypeTime == null) {
      return null;
    }
    long step = Duration.between(Instant.EPOCH, prototypeTime).toMinutes();
    if (step < 0
        || step >= times.length
        || !prototypeTime.equals(Instant.EPOCH.plus(Duration.ofMinutes(step)))) {
      throw new IllegalStateException("a time the builder did not give: " + prototypeTime);
    }
    return utc(times[(int) step]);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  /**
   * Moves the sequences past the ids used, checks what the load could have broken, and compares one
   * stored revision with what the application makes of its words.
   */
  private void finish(DataSource pool) throws SQLException {
    long versions = (long) articles * LANGUAGES.size();
    restart(pool, "language_version_seq", versions);
    restart(pool, "revision_seq", versions);
    restart(pool, "transition_seq", transitionIds.get());
    restart(pool, "audit_event_seq", auditIds.get());
    long live =
        BenchStore.count(
            pool,
            "select count(*) from language_version v join revision r on r.id = v.live_revision_id"
                + " and r.language_version_id = v.id join article a on a.id = v.article_id"
                + " where v.state = 'PUBLISHED'");
    long orphans =
        BenchStore.count(
            pool,
            "select count(*) from workflow_transition t left join language_version v"
                + " on v.id = t.language_version_id where v.id is null");
    if (live != versions || orphans != 0) {
      throw new IllegalStateException(
          "expected " + versions + " live versions and no orphans: " + live + ", " + orphans);
    }
    try (Connection connection = pool.getConnection();
        PreparedStatement query = connection.prepareStatement(SELECT_REVISION)) {
      query.setLong(1, versions / 2 + 2);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        VersionContent content =
            new VersionContent(row.getString(1), row.getString(2), row.getString(3));
        if (!MarkdownBody.toSafeHtml(content.body()).equals(row.getString(4))
            || !content.hash().equals(row.getString(5))) {
          throw new IllegalStateException("a stored revision differs from the application's");
        }
      }
    }
    System.out.printf(
        "  checked: %d live versions, %d transitions, %d audit entries, sequences moved on%n",
        live, transitionIds.get(), auditIds.get());
  }

  /** Hibernate's pooled optimizer takes ids up to the value it gets; start well past ours. */
  private static void restart(DataSource pool, String sequence, long used)
      throws SQLException {
    BenchStore.execute(pool, "alter sequence " + sequence + " restart with " + (used + 101));
  }

  /** Every demo text key that exists in all five languages (the {@code .update} texts are not). */
  static List<Template> templates(Path dir) throws IOException {
    Map<String, Map<String, Text>> byKey = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String[] name = file.getFileName().toString().split("\\.");
        if (name.length != 3 || !name[2].equals("md") || !LANGUAGES.contains(name[1])) {
          continue;
        }
        byKey
            .computeIfAbsent(name[0], k -> new LinkedHashMap<>())
            .put(name[1], parse(Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    List<Template> templates = new ArrayList<>();
    byKey.forEach(
        (key, texts) -> {
          if (texts.keySet().containsAll(LANGUAGES)) {
            templates.add(new Template(key, texts));
          }
        });
    if (templates.isEmpty()) {
      throw new IllegalStateException("no demo texts in all five languages under " + dir);
    }
    return templates;
  }

  /** The demo text format, read by the demo loader's own parser. */
  static Text parse(String text) {
    DemoText demo = DemoText.parse(text);
    return new Text(demo.title(), demo.summary(), demo.body());
  }

  /** CPU time of this process (all threads), to tell the builder's cost from a busy machine's. */
  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
