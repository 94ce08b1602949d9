package dev.tilmash.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database engine that the JPA tier runs on, chosen by the system property {@code
 * tilmash.test.database} ({@code h2}, the default, or {@code postgresql}; the pom runs the tier
 * once with each). What differs between the two for the tests is said here, once.
 */
public enum TestDatabaseEngine {
  H2 {
    @Override
    public DataSource emptyDatabase() {
      JdbcDataSource dataSource = new JdbcDataSource();
      // DB_CLOSE_DELAY keeps the database while no connection is open; LOCK_TIMEOUT is the one
      // the server uses, so a transaction blocked on a row lock waits as it would there.
      dataSource.setURL(
          "jdbc:h2:mem:jpatest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
      dataSource.setUser("sa");
      dataSource.setPassword("");
      return dataSource;
    }

    @Override
    public void drop(DataSource dataSource) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("shutdown");
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot shut the test database down", e);
      }
    }

    @Override
    public String sessionsWaitingForALock() {
      return "select count(*) from information_schema.sessions where blocker_id is not null";
    }
  },

  POSTGRESQL {
    @Override
    public DataSource emptyDatabase() {
      return TestPostgres.freshSchema();
    }

    @Override
    public void drop(DataSource dataSource) {
      TestPostgres.dropSchema((PGSimpleDataSource) dataSource);
    }

    @Override
    public String sessionsWaitingForALock() {
      return "select count(*) from pg_locks where not granted";
    }
  };

  /** The engine this JVM's tests run on. */
  public static TestDatabaseEngine current() {
    String name = System.getProperty("tilmash.test.database", "h2");
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  /** A new database (on PostgreSQL: a schema of the shared server) with nothing in it. */
  public abstract DataSource emptyDatabase();

  /** Throws away a database made by {@link #emptyDatabase()}. */
  public abstract void drop(DataSource dataSource);

  /** A query counting the sessions now blocked on a lock that another one holds. */
  public abstract String sessionsWaitingForALock();
}
