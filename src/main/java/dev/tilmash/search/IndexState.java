package dev.tilmash.search;

import dev.tilmash.article.LanguageVersion;
import jakarta.persistence.EntityManagerFactory;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

/**
 * The state of the search index that a search answer is a function of: two reads give equal states
 * only if every search between them saw the same documents. {@link RememberedSearches} keeps an
 * answer under the state read before it was computed and gives it again only while the state is
 * still that one.
 */
interface IndexState {
  /** The current state, or null where it cannot be told (then nothing is remembered). */
  Object current();

  /** The state of the backend that {@code factory}'s search mapping runs on. */
  static IndexState of(EntityManagerFactory factory) {
    var mapping = Search.mapping(factory);
    var backend = mapping.backend();
    if (backend instanceof LuceneBackend) {
      return new LuceneIndexState(
          mapping.scope(LanguageVersion.class).extension(LuceneExtension.get()));
    }
    if (backend instanceof ElasticsearchBackend elasticsearch) {
      String index =
          mapping
              .indexedEntity(LanguageVersion.class)
              .indexManager()
              .unwrap(ElasticsearchIndexManager.class)
              .descriptor()
              .readName();
      return new OpenSearchIndexState(elasticsearch.client(RestClient.class), index);
    }
    return () -> null;
  }
}
