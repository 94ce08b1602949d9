package dev.tilmash.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tilmash.article.ArticleChanged;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Negotiated delivery responses, kept as ready bytes in bounded Caffeine caches.
 *
 * <p>A change that readers can see (a workflow step, a slug change) removes that article's entries
 * and every list page once its transaction has committed, before the request that made it returns.
 * A reader whose response was computed from data read before that commit must not leave it behind:
 * the invalidation bumps a generation counter before it removes entries, and a reader that sees the
 * counter moved while it rendered takes its own entry out again. So a response computed across an
 * invalidation is served once but never stays cached.
 */
@ApplicationScoped
public class DeliveryCache {
  /** One negotiated article: the request's key, language, header and base URL. */
  record ArticleKey(String key, String lang, String acceptLanguage, String base) {}

  /** One list page. */
  record ListKey(
      String lang, String acceptLanguage, boolean fallback, int page, int size, String base) {}

  /** Bytes an entry costs beyond its JSON: key, headers, alternates, the map's own nodes. */
  static final int ENTRY_OVERHEAD = 1024;

  /**
   * The most the cached answers may weigh, JSON bytes plus {@link #ENTRY_OVERHEAD} each; articles
   * get three quarters, list pages the rest. Bounded by weight, not count, because an article's
   * size varies with its length and language.
   */
  @Inject
  @ConfigProperty(name = "tilmash.delivery.cache-max-bytes", defaultValue = "33554432")
  long maximumBytes;

  private final AtomicLong generation = new AtomicLong();
  private Cache<ArticleKey, Delivery> articles;
  private Cache<ListKey, DeliveredList> lists;

  @PostConstruct
  void create() {
    articles =
        Caffeine.newBuilder()
            .maximumWeight(maximumBytes / 4 * 3)
            .<ArticleKey, Delivery>weigher((key, delivery) -> weight(delivery))
            .build();
    lists =
        Caffeine.newBuilder()
            .maximumWeight(maximumBytes / 4)
            .<ListKey, DeliveredList>weigher((key, list) -> ENTRY_OVERHEAD + list.json().length)
            .build();
  }

  /** The answer kept for this request, if any; never renders. */
  public Delivery cachedArticle(ArticleKey key) {
    return articles.getIfPresent(key);
  }

  /** The page kept for this request, if any; never renders. */
  public DeliveredList cachedList(ListKey key) {
    return lists.getIfPresent(key);
  }

  public Delivery article(ArticleKey key, Supplier<Delivery> render) {
    Delivery cached = articles.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    long seen = generation.get();
    Delivery fresh = render.get();
    articles.put(key, fresh);
    if (generation.get() != seen) {
      articles.invalidate(key);
    }
    return fresh;
  }

  public DeliveredList list(ListKey key, Supplier<DeliveredList> render) {
    DeliveredList cached = lists.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    long seen = generation.get();
    DeliveredList fresh = render.get();
    lists.put(key, fresh);
    if (generation.get() != seen) {
      lists.invalidate(key);
    }
    return fresh;
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
    if (change.liveAffected()) {
      invalidate(change.articleId());
    }
  }

  /** Forgets the article's entries and all list pages. */
  public void invalidate(String articleId) {
    generation.incrementAndGet();
    articles.asMap().values().removeIf(delivery -> delivery.articleId().equals(articleId));
    lists.invalidateAll();
  }

  private static int weight(Delivery delivery) {
    return delivery instanceof Delivery.Found found
        ? ENTRY_OVERHEAD + found.json().length
        : ENTRY_OVERHEAD;
  }

  /** The weight of what is cached now, after pending evictions; for tests and monitoring. */
  long weight() {
    articles.cleanUp();
    lists.cleanUp();
    return articles.policy().eviction().orElseThrow().weightedSize().orElse(0)
        + lists.policy().eviction().orElseThrow().weightedSize().orElse(0);
  }

  public long size() {
    return articles.estimatedSize() + lists.estimatedSize();
  }
}
