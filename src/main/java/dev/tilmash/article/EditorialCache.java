package dev.tilmash.article;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.tilmash.changes.ChangesArrived;
import dev.tilmash.shared.GenerationalCache;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the editorial list computed, remembered between requests: its totals, and its pages when no
 * search term is given. Counting reads every matching index entry (about 15 ms at 100,000 articles
 * on H2) and paging asks the same count again and again; a page reads its articles and their
 * versions, and an editor's desk reloads the same first page all day.
 *
 * <p>Every stored change of any article forgets everything once its transaction has committed, and
 * the values live in a {@link GenerationalCache}, so a value computed across a change is not given
 * again. A change made by another instance arrives through the change log ({@link ChangesArrived})
 * within about a poll interval and forgets everything the same way; as a backstop no value lives
 * longer than {@code tilmash.editorial.cache-seconds}, and one in use is computed again after half
 * of that. A page with a search term is not remembered: it also depends on the search index, which
 * learns of a commit in no defined order with this cache. Pages are kept as the JSON that is sent,
 * so a remembered page costs neither a transaction nor serialisation. Bounded by {@code
 * tilmash.editorial.cache-max-bytes}.
 */
@ApplicationScoped
public class EditorialCache {
  /** One count query with its parameters. */
  record CountKey(String jpql, Map<String, Object> params) {
    CountKey {
      params = Map.copyOf(params);
    }
  }

  /** One page of the list, as asked (an invalid filter fails before anything is kept). */
  record PageKey(EditorialFilter filter, PageRequest page) {}

  @Inject ArticleSettings settings;

  /** The clock of the ages below; the tests move it. */
  Ticker ticker = Ticker.systemTicker();

  private final Jsonb json = JsonbBuilder.create();
  private GenerationalCache<Object, Object> values;

  @PostConstruct
  void create() {
    values =
        new GenerationalCache<>(
            settings.editorialCacheMaxBytes(),
            EditorialCache::weight,
            settings.editorialCacheLifetime(),
            ticker);
  }

  /** The key of the one {@link Coverage}. */
  private enum CoverageKey {
    ALL
  }

  Coverage coverage(Supplier<Coverage> compute) {
    return remember(CoverageKey.ALL, compute);
  }

  long count(String jpql, Map<String, Object> params, LongSupplier count) {
    return remember(new CountKey(jpql, params), count::getAsLong);
  }

  /**
   * A page of the list as the JSON the REST layer would write for it; with a search term always
   * computed anew.
   */
  byte[] page(EditorialFilter filter, PageRequest page, Supplier<Page<ArticleView>> list) {
    Supplier<byte[]> written = () -> json.toJson(list.get()).getBytes(StandardCharsets.UTF_8);
    if (filter.q() != null && !filter.q().isBlank()) {
      return written.get();
    }
    return remember(new PageKey(filter, page), written);
  }

  private <T> T remember(Object key, Supplier<T> compute) {
    @SuppressWarnings("unchecked")
    T value = (T) values.get(key, compute::get);
    return value;
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
    forget();
  }

  void onArrived(@Observes ChangesArrived arrived) {
    if (arrived.anyArticle()) {
      forget();
    }
  }

  void forget() {
    values.invalidateAll();
  }

  /** About the bytes a value holds: a page's JSON, or a total. */
  static int weight(Object value) {
    return value instanceof byte[] bytes ? 64 + bytes.length : 64;
  }
}
