package dev.tilmash.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tilmash.shared.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Answers of the public search, each remembered together with the state of the index it was
 * computed on ({@link IndexState}), and given again only while the index is still in that state.
 *
 * <p>A search answer is made from the index alone (stored fields and term vectors, no SQL), so it
 * is a function of the question and of what the index shows. On the embedded Lucene index the state
 * is the identity of its current reader, which changes before a publish, unpublish or archive
 * returns; on OpenSearch it is the count and highest sequence number of the visible documents,
 * which change as soon as an indexed change is visible to searches, on any instance. Either way a
 * remembered answer is never staler than a search run at the same moment, and nothing depends on
 * the order in which the index and anything else learn of a commit. The state is read before the
 * search runs, so an answer is kept under a state at most as new as the one it was computed on.
 *
 * <p>Answers are kept as the JSON that is sent, bounded by {@code tilmash.search.cache-max-bytes}.
 * Where the state cannot be told (an OpenSearch index of several shards, a failed request), nothing
 * is remembered.
 */
@ApplicationScoped
public class RememberedSearches {
  /** A search as asked: the page and size already defaulted and checked by {@link PageRequest}. */
  public record Question(String q, String lang, PageRequest page, URI base) {}

  private record Answer(Object indexState, byte[] json) {}

  @PersistenceUnit EntityManagerFactory factory;

  @Inject SearchSettings settings;

  private final Jsonb json = JsonbBuilder.create();
  private Cache<Question, Answer> answers;
  private volatile IndexState index;

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
    Object state = index().current();
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

  private IndexState index() {
    IndexState known = index;
    if (known == null) {
      known = IndexState.of(factory);
      index = known;
    }
    return known;
  }

  /** About the bytes an answer holds: its JSON, the question's text, a little per object. */
  static int weight(Question question, byte[] json) {
    String q = question.q();
    return 128 + (q == null ? 0 : 2 * q.length()) + json.length;
  }
}
