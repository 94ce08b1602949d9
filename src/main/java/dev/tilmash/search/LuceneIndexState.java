package dev.tilmash.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;

/**
 * The embedded index's state: the identities of its current near-real-time readers, one per index
 * of the scope. Hibernate Search opens a new reader whenever the index changed, and on Lucene it
 * changes before a publish, unpublish or archive returns (the default {@code write-sync} indexing).
 */
final class LuceneIndexState implements IndexState {
  private final LuceneIndexScope scope;

  LuceneIndexState(LuceneIndexScope scope) {
    this.scope = scope;
  }

  @Override
  public Object current() {
    try (IndexReader reader = scope.openIndexReader()) {
      IndexReaderContext top = reader.getContext();
      List<Object> state = new ArrayList<>();
      if (top.children() == null) {
        state.add(reader.getReaderCacheHelper().getKey());
      } else {
        for (IndexReaderContext child : top.children()) {
          state.add(child.reader().getReaderCacheHelper().getKey());
        }
      }
      return state;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
