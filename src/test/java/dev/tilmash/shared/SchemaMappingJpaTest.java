package dev.tilmash.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.account.Role;
import dev.tilmash.account.UserAccount;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;

/** The Flyway migrations and the entity mappings describe the same schema. */
class SchemaMappingJpaTest {

  @Test
  void mappingsValidateAgainstTheMigratedSchema() {
    try (JpaTestDatabase db = JpaTestDatabase.start()) {
      EntityManagerFactory factory = db.factory();
      assertEquals(JpaTestDatabase.ENTITIES.size(), factory.getMetamodel().getEntities().size());
      Object[] history =
          db.call(
              em ->
                  (Object[])
                      em.createNativeQuery(
                              "select count(case when \"type\" = 'SQL' then 1 end),"
                                  + " count(case when not \"success\" then 1 end)"
                                  + " from \"flyway_schema_history\"")
                          .getSingleResult());
      assertTrue(((Number) history[0]).longValue() >= 1, "no SQL migration ran");
      assertEquals(0, ((Number) history[1]).longValue(), "a migration failed");
    }
  }

  @Test
  void migratingTwiceAppliesNothing() {
    try (JpaTestDatabase db = JpaTestDatabase.start()) {
      assertEquals(0, SchemaMigrator.migrate(db.dataSource()));
    }
  }

  /** Roles are stored by name, and both element collections come back with the account. */
  @Test
  void userAccountsKeepTheirRolesAndLanguages() {
    try (JpaTestDatabase db = JpaTestDatabase.start()) {
      db.run(
          em ->
              em.persist(
                  new UserAccount(
                      "aigerim",
                      "hash",
                      "Aigerim",
                      Set.of(Role.TRANSLATOR, Role.EDITOR),
                      Set.of("kk", "ru"),
                      Instant.parse("2026-03-01T08:00:00Z"))));

      UserAccount account = db.call(em -> em.find(UserAccount.class, "aigerim"));

      assertEquals(Set.of(Role.TRANSLATOR, Role.EDITOR), account.roles());
      assertEquals(Set.of("kk", "ru"), account.languages());
      assertTrue(account.enabled());
      List<?> roles =
          db.call(
              em ->
                  em.createNativeQuery("select role from app_user_role order by role")
                      .getResultList());
      assertEquals(List.of("EDITOR", "TRANSLATOR"), roles);
    }
  }

  /** Proves that validation is on: without the migrations, Hibernate refuses to start. */
  @Test
  void anUnmigratedDatabaseFailsValidation() {
    TestDatabaseEngine engine = TestDatabaseEngine.current();
    DataSource empty = engine.emptyDatabase();
    try {
      assertThrows(SchemaManagementException.class, () -> JpaTestDatabase.buildFactory(empty));
    } finally {
      engine.drop(empty);
    }
  }
}
