package dev.tilmash.shared;

import dev.tilmash.account.UserAccount;
import dev.tilmash.article.Article;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.Revision;
import dev.tilmash.article.SlugAlias;
import dev.tilmash.article.WorkflowTransition;
import dev.tilmash.audit.AuditEvent;
import dev.tilmash.changes.LoggedChange;
import dev.tilmash.memory.MemorySegment;
import dev.tilmash.preview.ServerSecret;
import dev.tilmash.release.ScheduledStep;
import dev.tilmash.search.OutboxTablesFilter;
import dev.tilmash.search.SearchAnalysis;
import dev.tilmash.search.SearchMapping;
import dev.tilmash.signin.FailureCount;
import dev.tilmash.signin.StoredSession;
import dev.tilmash.token.ApiToken;
import dev.tilmash.vocabulary.Term;
import dev.tilmash.webhook.WebhookDelivery;
import dev.tilmash.webhook.WebhookEndpoint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A private database for the {@code *JpaTest} tier, on the engine {@link TestDatabaseEngine}
 * chooses (H2 in memory, or a schema of its own on the shared test PostgreSQL): the schema comes
 * from the Flyway migrations, and Hibernate validates it against the entity mappings while it
 * starts, as it does on Liberty. Transactions are resource-local; tests build repositories and
 * queries with {@code new} and hand them an {@link EntityManager}.
 *
 * <p>Lifecycle, as a JUnit extension ({@code @RegisterExtension static final}): the database and
 * the entity manager factory are built once per test class, every table is emptied before each
 * test, and both are closed after the class. {@link #start()} builds one by hand.
 */
public final class JpaTestDatabase
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, AutoCloseable {
  /** Every mapped entity; the same set the persistence unit finds on Liberty. */
  public static final List<Class<?>> ENTITIES =
      List.of(
          UserAccount.class,
          Article.class,
          LanguageVersion.class,
          Revision.class,
          WorkflowTransition.class,
          SlugAlias.class,
          AuditEvent.class,
          ScheduledStep.class,
          MemorySegment.class,
          WebhookEndpoint.class,
          WebhookDelivery.class,
          Term.class,
          StoredSession.class,
          FailureCount.class,
          LoggedChange.class,
          ApiToken.class,
          ServerSecret.class);

  /** Children before parents; the migrations' own history table is left alone. */
  private static final List<String> TABLES =
      List.of(
          "api_token",
          "server_secret",
          "change_log",
          "console_session",
          "failed_sign_in",
          "webhook_delivery",
          "webhook_endpoint",
          "tm_segment",
          "audit_event",
          "scheduled_step",
          "slug_alias",
          "workflow_transition",
          "revision",
          "language_version",
          "article_tag",
          "vocabulary_label",
          "vocabulary_term",
          "article",
          "app_user_language",
          "app_user_role",
          "app_user");

  private final TestDatabaseEngine engine = TestDatabaseEngine.current();
  private DataSource dataSource;
  private EntityManagerFactory factory;

  /** Whether this is {@link #withoutIndexing()}'s view, which owns no database. */
  private boolean view;

  /** Creates and migrates a fresh in-memory database and validates the mappings against it. */
  public static JpaTestDatabase start() {
    JpaTestDatabase database = new JpaTestDatabase();
    database.open();
    return database;
  }

  private void open() {
    dataSource = engine.emptyDatabase();
    SchemaMigrator.migrate(dataSource);
    factory = buildFactory(dataSource);
  }

  /**
   * The factory as the persistence unit configures it (see {@code META-INF/persistence.xml}), but
   * with resource-local JDBC transactions. {@code tilmash.schema.datasource} stays unset, so the
   * {@link SchemaMigrator} integrator on the class path does nothing here.
   */
  static EntityManagerFactory buildFactory(DataSource dataSource) {
    Configuration configuration = configuration(dataSource);
    TestSearchBackend.current().configure(configuration, true);
    return configuration.buildSessionFactory();
  }

  /**
   * The persistence unit's settings and search mapping on a data source, for tests and benchmarks
   * that choose where (or whether) the search index lives.
   */
  public static Configuration configuration(DataSource dataSource) {
    Configuration configuration = new Configuration();
    ENTITIES.forEach(configuration::addAnnotatedClass);
    configuration.getProperties().put(AvailableSettings.DATASOURCE, dataSource);
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
    configuration.setProperty(
        AvailableSettings.HBM2DDL_FILTER_PROVIDER, OutboxTablesFilter.class.getName());
    configuration.setProperty(AvailableSettings.TRANSACTION_COORDINATOR_STRATEGY, "jdbc");
    configuration.setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC");
    configuration.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "50");
    configuration.setProperty(AvailableSettings.ORDER_INSERTS, "true");
    configuration.setProperty(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, "50");
    configuration.setProperty(AvailableSettings.JAKARTA_SHARED_CACHE_MODE, "NONE");
    configuration.setProperty("hibernate.search.backend.type", "lucene");
    configuration.setProperty("hibernate.search.backend.lucene_version", "9.11.1");
    configuration.setProperty(
        "hibernate.search.backend.analysis.configurer",
        "constructor:" + SearchAnalysis.class.getName());
    configuration.setProperty(
        "hibernate.search.mapping.configurer", "constructor:" + SearchMapping.class.getName());
    configuration.setProperty("hibernate.search.mapping.process_annotations", "false");
    return configuration;
  }

  public EntityManagerFactory factory() {
    return factory;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The engine this database runs on. */
  public TestDatabaseEngine engine() {
    return engine;
  }

  /**
   * Another entity manager factory on the same database, as a second server instance has, with an
   * inspector that sees each SQL statement it sends; the caller closes it.
   */
  public EntityManagerFactory anotherInstance(StatementInspector inspector) {
    Configuration configuration = configuration(dataSource);
    TestSearchBackend.current().configure(configuration, false);
    configuration.setStatementInspector(inspector);
    return configuration.buildSessionFactory();
  }

  /**
   * The same database through a factory with Hibernate Search off: what it writes commits but
   * reaches the index neither directly nor through the outbox, as when a server dies between a
   * commit and its index write. Closing it closes only its factory.
   */
  public JpaTestDatabase withoutIndexing() {
    JpaTestDatabase view = new JpaTestDatabase();
    Configuration configuration = configuration(dataSource);
    configuration.setProperty("hibernate.search.enabled", "false");
    view.factory = configuration.buildSessionFactory();
    view.dataSource = dataSource;
    view.view = true;
    return view;
  }

  /** A new entity manager; the caller manages its transaction and closes it. */
  public EntityManager entityManager() {
    return factory.createEntityManager();
  }

  /** Runs the work in one transaction of a new entity manager; commits unless it throws. */
  public <T> T call(Function<EntityManager, T> work) {
    return inTransaction(factory, work);
  }

  /** Runs the work in one transaction of a new entity manager of that factory. */
  public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      TestSearchBackend.awaitIndexing(factory);
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  public void run(Consumer<EntityManager> work) {
    call(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /** Empties every table, so each test starts from an empty newsroom. */
  public void deleteAll() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // language_version and revision point at each other
      statement.executeUpdate(
          "update language_version set working_revision_id = null, live_revision_id = null");
      for (String table : TABLES) {
        statement.executeUpdate("delete from " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot empty the test database", e);
    }
    TestSearchBackend.awaitIndexing(factory);
    SearchWorkspace index = Search.mapping(factory).scope(Object.class).workspace();
    index.purge();
    index.refresh();
  }

  @Override
  public void close() {
    if (factory != null) {
      factory.close();
      factory = null;
    }
    if (dataSource != null && !view) {
      engine.drop(dataSource);
      dataSource = null;
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    open();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    deleteAll();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }
}
