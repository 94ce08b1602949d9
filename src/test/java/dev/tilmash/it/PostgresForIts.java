package dev.tilmash.it;

import dev.tilmash.shared.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Points the integration-test server at the test PostgreSQL when the IT run asks for it ({@code
 * it.database=postgresql}; the pom's second failsafe execution does): before any test class runs,
 * and so before Arquillian starts Liberty, it starts the server ({@link TestPostgres}), makes an
 * empty database {@value #DATABASE} and writes a config dropin into the Liberty server's folder
 * ({@code it.server.dir}, named {@code it.pg.server.name}) that sets the data source to it. The
 * PostgreSQL server lives as long as the test JVM, which outlives Liberty's run. Without the
 * property it does nothing.
 */
public class PostgresForIts implements LauncherSessionListener {
  /** The database the IT server's data source uses. */
  public static final String DATABASE = "tilmash_it";

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!onPostgresql()) {
      return;
    }
    // Arquillian reads it.server.name after this: the run on PostgreSQL has a server of its own.
    System.setProperty("it.server.name", System.getProperty("it.pg.server.name"));
    execute("drop database if exists " + DATABASE + " with (force)");
    execute("create database " + DATABASE);
    Path dir = Path.of(System.getProperty("it.server.dir"));
    writeDropin(dir.resolve("configDropins/overrides/postgresql.xml"), dir);
  }

  /** Whether this IT run is the one on PostgreSQL. */
  public static boolean onPostgresql() {
    return "postgresql".equals(System.getProperty("it.database"));
  }

  /** Runs one statement on the test server's maintenance database (not {@value #DATABASE}). */
  public static void execute(String sql) {
    try (Connection connection = TestPostgres.server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("The test PostgreSQL server refused: " + sql, e);
    }
  }

  private static void writeDropin(Path file, Path serverDir) {
    String url = "jdbc:postgresql://localhost:" + TestPostgres.server().getPort() + "/" + DATABASE;
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Written by PostgresForIts for the IT run on PostgreSQL; rewritten on each run. -->
        <server description="Tilmash integration tests: PostgreSQL">
          <variable name="tilmash.db.url" value="%s"/>
          <variable name="tilmash.db.user" value="%s"/>
          <variable name="tilmash.db.datasource-class" value="org.postgresql.ds.PGSimpleDataSource"/>
          <variable name="tilmash.search.index-path" value="%s"/>
        </server>
        """
            .formatted(url, TestPostgres.user(), serverDir.resolve("it-search-index"));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, xml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
