package dev.tilmash.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the search index lives, chosen by {@code tilmash.search.backend}:
 *
 * <ul>
 *   <li>{@link #LUCENE} (the default): an embedded Lucene index on the local disk, for one
 *       instance. Hibernate Search writes each change to it as the transaction commits, so a write
 *       is searchable when it returns; a crash between the database commit and the index write is
 *       repaired at the next start ({@link IndexReconciliation}).
 *   <li>{@link #OPENSEARCH}: Hibernate Search's Elasticsearch backend pointed at an OpenSearch 2
 *       cluster ({@code tilmash.search.opensearch.uris}), shared by every instance. Indexing goes
 *       through the outbox ({@code HSEARCH_OUTBOX_EVENT}, migration V12): each change records what
 *       to reindex in its own transaction and an agent in some instance indexes it shortly after
 *       the commit. Indexing then survives crashes and is shared between instances, at the price of
 *       being asynchronous: a write is searchable about a second after it returns.
 * </ul>
 */
public enum SearchBackend {
  LUCENE,
  OPENSEARCH;

  static final String KEY = "tilmash.search.backend";
  static final String URIS = "tilmash.search.opensearch.uris";
  static final String VERSION = "tilmash.search.opensearch.version";
  static final String DEFAULT_URIS = "http://localhost:9200";
  static final String DEFAULT_VERSION = "2.16";

  /** The backend a configuration value names; blank means the default. */
  public static SearchBackend of(String value) {
    if (value == null || value.isBlank()) {
      return LUCENE;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          KEY + " must be lucene or opensearch, not \"" + value + "\"", e);
    }
  }

  /**
   * The Hibernate Search settings of this backend, beyond those of {@code persistence.xml}: for
   * OpenSearch the Elasticsearch backend on {@code uris} (comma-separated), checked to be
   * OpenSearch {@code version} at start, its analyzers ({@link OpenSearchAnalysis}) and the outbox.
   * Nothing for Lucene, which {@code persistence.xml} configures.
   */
  public Map<String, String> settings(String uris, String version) {
    Map<String, String> settings = new LinkedHashMap<>();
    if (this == LUCENE) {
      return settings;
    }
    settings.put("hibernate.search.backend.type", "elasticsearch");
    settings.put("hibernate.search.backend.uris", uris);
    settings.put("hibernate.search.backend.version", "opensearch:" + version);
    settings.put(
        "hibernate.search.backend.analysis.configurer",
        "constructor:" + OpenSearchAnalysis.class.getName());
    settings.put("hibernate.search.coordination.strategy", "outbox-polling");
    return settings;
  }
}
