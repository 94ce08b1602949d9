package dev.tilmash.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tilmash.article.LanguageVersion;
import dev.tilmash.shared.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;

/**
 * Answers of the public search, each remembered together with the state of the index it was
 * computed on, and given again only while the index is still in that state.
 *
 * <p>A search answer is made from the index alone (stored fields and term vectors, no SQL), so it
 * is a function of the question and of the index reader. The state is the identity of the index's
 * current near-real-time reader: Hibernate Search opens a new one whenever the index changed, and
 * it changes before a publish, unpublish or archive returns (the default {@code write-sync}
 * indexing). A remembered answer is therefore never staler than a search run at the same moment,
 * and nothing depends on the order in which the index and anything else learn of a commit. The
 * state is read before the search runs, so an answer is kept under a state at most as new as the
 * one it was computed on.
 *
 * <p>Answers are kept as the JSON that is sent, bounded by {@code tilmash.search.cache-max-bytes}.
 * With a backend other than the embedded Lucene one (Elasticsearch, OpenSearch), nothing is
 * remembered.
 */
@ApplicationScoped
public class RememberedSearches {
  private static final Logger LOG = Logger.getLogger(RememberedSearches.class.getName());

  /** A search as asked: the page and size already defaulted and checked by {@link PageRequest}. */
  public record Question(String q, String lang, PageRequest page, URI base) {}

  private record Answer(List<Object> indexState, byte[] json) {}

  @PersistenceUnit EntityManagerFactory factory;

  @Inject SearchSettings settings;

  private final Jsonb json = JsonbBuilder.create();
  private Cache<Question, Answer> answers;
  private volatile LuceneIndexScope scope;
  private volatile boolean unsupported;

  @PostConstruct
  void create() {
    answers =
        Caffeine.newBuilder()
            .maximumWeight(settings.cacheMaxBytes())
            .weigher((Question q, Answer a) -> weight(q, a.json()))
            .build();
  }

  /**
   * The answer remembered for {@code question} in the index's current state, else {@code search}'s:
   * as the JSON the REST layer would write for it.
   */
  public byte[] answer(Question question, Supplier<?> search) {
    List<Object> state = indexState();
    if (state == null) {
      return write(search.get());
    }
    Answer known = answers.getIfPresent(question);
    if (known != null && known.indexState().equals(state)) {
      return known.json();
    }
    byte[] written = write(search.get());
    answers.put(question, new Answer(state, written));
    return written;
  }

  /**
   * Forgets every answer: for a change that answers show but the index does not hold (a tag's
   * label).
   */
  public void forgetAll() {
    answers.invalidateAll();
  }

  private byte[] write(Object page) {
    return json.toJson(page).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The identities of the index's current readers (one per index of the scope), or {@code null}
   * where the backend is not the embedded Lucene one.
   */
  private List<Object> indexState() {
    LuceneIndexScope lucene = scope();
    if (lucene == null) {
      return null;
    }
    try (IndexReader reader = lucene.openIndexReader()) {
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

  private LuceneIndexScope scope() {
    LuceneIndexScope known = scope;
    if (known != null || unsupported) {
      return known;
    }
    try {
      known = Search.mapping(factory).scope(LanguageVersion.class).extension(LuceneExtension.get());
      scope = known;
      return known;
    } catch (SearchException notLucene) {
      unsupported = true;
      LOG.info("Search answers are not remembered: the search backend is not the embedded Lucene");
      return null;
    }
  }

  /** About the bytes an answer holds: its JSON, the question's text, a little per object. */
  static int weight(Question question, byte[] json) {
    String q = question.q();
    return 128 + (q == null ? 0 : 2 * q.length()) + json.length;
  }
}
