package dev.tilmash.shared;

import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Brings the database schema up to date with the Flyway migrations in {@code db/migration} while
 * Hibernate builds its session factory, before Hibernate validates the schema. Hibernate never
 * generates the schema, so data survives upgrades. Runs only where the persistence unit names a
 * non-transactional data source in {@code tilmash.schema.datasource}.
 */
public class SchemaMigrator implements Integrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata, BootstrapContext context, SessionFactoryImplementor sessionFactory) {
    Object jndiName = sessionFactory.getProperties().get("tilmash.schema.datasource");
    if (jndiName == null) {
      return;
    }
    try {
      DataSource dataSource = (DataSource) new InitialContext().lookup(jndiName.toString());
      int applied = migrate(dataSource);
      LOG.info(() -> "Schema migrations applied: " + applied);
    } catch (NamingException e) {
      throw new IllegalStateException("No data source " + jndiName + " for schema migrations", e);
    }
  }

  /**
   * Applies every pending migration; returns how many ran. On Liberty, Flyway finds the folder
   * through the empty {@code db/migration/flyway.location} marker file.
   */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .skipDefaultCallbacks(true)
        .load()
        .migrate()
        .migrationsExecuted;
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {}
}
