package dev.tilmash.article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where {@link BenchDataset} writes, and what differs between the two databases for a bulk load:
 * an H2 file (a path without {@code .mv.db}) or a PostgreSQL database (a {@code jdbc:postgresql:}
 * URL). Both take the server's user and password (liberty-config/server.xml, src/cluster).
 *
 * <p>{@code language_version} and {@code revision} point at each other, so the load runs with the
 * foreign keys unchecked and {@link BenchDataset} checks the rows afterwards: H2 turns its checks
 * off for the whole database; PostgreSQL per session ({@code session_replication_role}, which needs
 * the superuser that the cluster's {@code initdb -U tilmash} makes). After the load H2 compacts its
 * file; PostgreSQL gathers the planner's statistics, which a newsroom's database that grew over
 * years would have.
 */
abstract class BenchStore {
  static final String USER = "tilmash";
  static final String PASSWORD = "tilmash";

  /** The store that {@code target} names. */
  static BenchStore of(String target) {
    return target.startsWith("jdbc:postgresql:") ? new Postgres(target) : new H2(target);
  }

  abstract DataSource dataSource();

  /** Before the load, on a connection of its own. */
  abstract void beginLoad() throws SQLException;

  /** On each connection that writes rows, before its first insert. */
  abstract void loading(Connection connection) throws SQLException;

  /** After the load and before the checks. */
  abstract void endLoad() throws SQLException;

  /** After the checks: closes the store; returns what it did, for the report. */
  abstract String close() throws SQLException;

  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static final class H2 extends BenchStore {
    private final Path file;
    private final JdbcDataSource h2 = new JdbcDataSource();
    private final JdbcConnectionPool pool;

    H2(String path) {
      file = Path.of(path + ".mv.db");
      h2.setURL("jdbc:h2:file:" + path + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=262144");
      // H2 makes the first user admin
      h2.setUser(USER);
      h2.setPassword(PASSWORD);
      pool = JdbcConnectionPool.create(h2);
    }

    @Override
    DataSource dataSource() {
      return pool;
    }

    @Override
    void beginLoad() throws SQLException {
      execute(pool, "set referential_integrity false");
    }

    @Override
    void loading(Connection connection) {}

    @Override
    void endLoad() throws SQLException {
      execute(pool, "set referential_integrity true");
    }

    /**
     * A bulk load leaves most of the file to old chunks (5x the data); a newsroom's database that
     * grew over years would have been compacted by H2 meanwhile, so the server starts on a compact
     * one.
     */
    @Override
    String close() throws SQLException {
      pool.dispose();
      try {
        long before = Files.size(file);
        try (Connection connection = h2.getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute("shutdown compact");
        }
        return String.format(
            "compacted the database file from %d MB to %d MB", before >> 20, Files.size(file) >> 20);
      } catch (java.io.IOException e) {
        throw new SQLException("cannot read the size of " + file, e);
      }
    }
  }

  private static final class Postgres extends BenchStore {
    private final PGSimpleDataSource postgres = new PGSimpleDataSource();

    Postgres(String url) {
      postgres.setURL(url);
      postgres.setUser(USER);
      postgres.setPassword(PASSWORD);
      // one multi-row insert per batch instead of one statement per row
      postgres.setReWriteBatchedInserts(true);
    }

    @Override
    DataSource dataSource() {
      return postgres;
    }

    @Override
    void beginLoad() {}

    @Override
    void loading(Connection connection) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute("set session_replication_role = replica");
      }
    }

    @Override
    void endLoad() {}

    @Override
    String close() throws SQLException {
      execute(postgres, "vacuum analyze");
      long bytes = count(postgres, "select pg_database_size(current_database())");
      return String.format("vacuumed and analysed the database, %d MB", bytes >> 20);
    }
  }
}
