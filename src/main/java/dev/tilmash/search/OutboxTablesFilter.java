package dev.tilmash.search;

import java.util.Locale;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.SchemaFilter;
import org.hibernate.tool.schema.spi.SchemaFilterProvider;

/**
 * Leaves Hibernate Search's outbox tables ({@code HSEARCH_OUTBOX_EVENT}, {@code HSEARCH_AGENT},
 * migration V12) out of Hibernate's schema validation, and checks every other table as before;
 * named in {@code persistence.xml} ({@code hibernate.hbm2ddl.schema_filter_provider}).
 *
 * <p>Their entities map the payload as a LOB and the enums as native enums, so the validator
 * expects {@code blob} and {@code enum(...)} on H2 but {@code bytea} and strings on PostgreSQL: no
 * migration written once satisfies both. V12 uses {@code bytea} and checked strings, which both
 * databases read and write as those entities do; the search tests on the outbox run on them.
 */
public class OutboxTablesFilter implements SchemaFilterProvider, SchemaFilter {
  @Override
  public boolean includeNamespace(Namespace namespace) {
    return true;
  }

  @Override
  public boolean includeTable(Table table) {
    return !table.getName().toUpperCase(Locale.ROOT).startsWith("HSEARCH_");
  }

  @Override
  public boolean includeSequence(Sequence sequence) {
    return true;
  }

  @Override
  public SchemaFilter getCreateFilter() {
    return SchemaFilter.ALL;
  }

  @Override
  public SchemaFilter getDropFilter() {
    return SchemaFilter.ALL;
  }

  @Override
  public SchemaFilter getTruncatorFilter() {
    return SchemaFilter.ALL;
  }

  @Override
  public SchemaFilter getMigrateFilter() {
    return SchemaFilter.ALL;
  }

  @Override
  public SchemaFilter getValidateFilter() {
    return this;
  }
}
