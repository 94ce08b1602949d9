package dev.tilmash.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.shared.SchemaMigrator;
import dev.tilmash.shared.TestDatabaseEngine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V10 on a database that holds tags the old way (plain strings in {@code article_tag}, written on
 * the schema of V9): every string becomes a term with that key, nothing is lost, and articles keep
 * their tags. Runs on H2 and on PostgreSQL, as the JPA tier does.
 */
class VocabularyMigrationJpaTest {
  private final TestDatabaseEngine engine = TestDatabaseEngine.current();
  private DataSource dataSource;

  @BeforeEach
  void migrateToTheOldSchema() {
    dataSource = engine.emptyDatabase();
    Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .skipDefaultCallbacks(true)
        .target("9")
        .load()
        .migrate();
  }

  @AfterEach
  void drop() {
    engine.drop(dataSource);
  }

  @Test
  void shouldTurnEveryOldTagIntoATermWithThatKey() throws SQLException {
    oldArticle("a1", "trade", "Middle Corridor");
    oldArticle("a2", "trade", "торговля");
    oldArticle("a3");

    SchemaMigrator.migrate(dataSource);

    assertEquals(
        List.of(
            "tag:Middle Corridor|tag|Middle Corridor|0",
            "tag:trade|tag|trade|0",
            "tag:торговля|tag|торговля|0"),
        rows("select id, kind, term_key, version from vocabulary_term order by term_key", 4));
    assertEquals(
        List.of("a1|Middle Corridor", "a1|trade", "a2|trade", "a2|торговля"),
        rows("select article_id, tag from article_tag order by article_id, tag", 2));
    assertEquals(List.of("0"), rows("select count(*) from vocabulary_label", 1));
    assertEquals(List.of("0"), rows("select count(*) from article where section is not null", 1));
  }

  private void oldArticle(String id, String... tags) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement article =
          connection.prepareStatement(
              "insert into article (id, source_language, created_at, created_by, version)"
                  + " values (?, 'en', ?, 'editor', 0)")) {
        article.setString(1, id);
        article.setTimestamp(2, Timestamp.from(Instant.parse("2026-11-01T09:00:00Z")));
        article.executeUpdate();
      }
      for (String tag : tags) {
        try (PreparedStatement row =
            connection.prepareStatement(
                "insert into article_tag (article_id, tag) values (?, ?)")) {
          row.setString(1, id);
          row.setString(2, tag);
          row.executeUpdate();
        }
      }
    }
  }

  private List<String> rows(String sql, int columns) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          cells.add(result.getString(i));
        }
        rows.add(String.join("|", cells));
      }
    }
    return rows;
  }
}
