package dev.tilmash.shared;

import dev.tilmash.search.SearchBackend;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.Locale;
import org.hibernate.cfg.Configuration;
import org.hibernate.search.mapper.orm.Search;

/**
 * The search backend that the JPA tier runs on, chosen by the system property {@code
 * tilmash.test.search}: {@code lucene} (the default), an index in memory written as each
 * transaction commits, or {@code opensearch}, the production settings of {@link
 * SearchBackend#OPENSEARCH} against the {@link TestOpenSearch} node, outbox included. The pom runs
 * the search tests once with each.
 */
public enum TestSearchBackend {
  LUCENE,
  OPENSEARCH;

  private static final String COORDINATION = "hibernate.search.coordination.strategy";
  private static final Duration INDEXING = Duration.ofMinutes(1);

  public static TestSearchBackend current() {
    return valueOf(System.getProperty("tilmash.test.search", "lucene").toUpperCase(Locale.ROOT));
  }

  /**
   * Sets the backend up on a configuration; the {@code first} factory of a test class starts from
   * an empty index, the others (a second instance) share it.
   */
  void configure(Configuration configuration, boolean first) {
    if (this == LUCENE) {
      configuration.setProperty("hibernate.search.backend.directory.type", "local-heap");
      configuration.setProperty("hibernate.search.indexing.plan.synchronization.strategy", "sync");
      return;
    }
    SearchBackend.OPENSEARCH
        .settings(TestOpenSearch.uri(), "2.16")
        .forEach(configuration::setProperty);
    configuration.setProperty(
        "hibernate.search.schema_management.strategy", first ? "drop-and-create" : "none");
    configuration.setProperty(
        "hibernate.search.coordination.event_processor.polling_interval", "50");
  }

  /**
   * Waits until the outbox is empty, then makes what it indexed visible: on the outbox, indexing
   * happens after the commit, and the tests search right after their writes. Does nothing for a
   * factory that indexes as it commits.
   */
  static void awaitIndexing(EntityManagerFactory factory) {
    if (!"outbox-polling".equals(factory.getProperties().get(COORDINATION))) {
      return;
    }
    long deadline = System.nanoTime() + INDEXING.toNanos();
    while (pendingEvents(factory) > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The search outbox was not processed in " + INDEXING);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for indexing", e);
      }
    }
    Search.mapping(factory).scope(Object.class).workspace().refresh();
  }

  private static long pendingEvents(EntityManagerFactory factory) {
    EntityManager em = factory.createEntityManager();
    try {
      return ((Number)
              em.createNativeQuery("select count(*) from HSEARCH_OUTBOX_EVENT").getSingleResult())
          .longValue();
    } finally {
      em.close();
    }
  }
}
