package dev.tilmash.delivery;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.tilmash.article.ArticleChanged;
import dev.tilmash.changes.ChangeKind;
import dev.tilmash.changes.ChangesArrived;
import dev.tilmash.shared.GenerationalCache;
import dev.tilmash.vocabulary.VocabularyChanged;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Negotiated delivery responses, kept as ready bytes in two {@link GenerationalCache}s: articles
 * get three quarters of {@code tilmash.delivery.cache-max-bytes}, list pages the rest.
 *
 * <p>A change that readers can see (a workflow step, a slug change) removes that article's entries
 * and every list page once its transaction has committed, before the request that made it returns;
 * a response computed from data read before that commit is served once but never stays cached. So
 * one instance never serves an article after its unpublish returned. A change of the vocabulary (a
 * relabelled tag or section) removes every entry the same way. A change made by another instance
 * arrives through the change log ({@link ChangesArrived}) within about a poll interval, and removes
 * the same entries. Entries also expire {@code tilmash.delivery.cache-max-age} after they were
 * rendered: the backstop for a change the change log could not tell of in time.
 */
@ApplicationScoped
public class DeliveryCache {
  /** One negotiated article: the request's key, language, header and base URL. */
  record ArticleKey(String key, String lang, String acceptLanguage, String base) {}

  /** One list page. */
  record ListKey(
      String lang,
      String acceptLanguage,
      boolean fallback,
      ListTerms terms,
      int page,
      int size,
      String base) {}

  /**
   * Bytes an entry costs beyond its bodies (every coding's, {@link EncodedBody#weight}): key,
   * headers, alternates, the map's own nodes.
   */
  static final int ENTRY_OVERHEAD = 1024;

  @Inject DeliverySettings settings;

  /** The clock of the entries' ages; the tests move it. */
  Ticker ticker = Ticker.systemTicker();

  private GenerationalCache<ArticleKey, Delivery> articles;
  private GenerationalCache<ListKey, DeliveredList> lists;

  @PostConstruct
  void create() {
    long bytes = settings.cacheMaxBytes();
    articles =
        new GenerationalCache<>(
            bytes / 4 * 3, DeliveryCache::weight, settings.cacheMaxAge(), ticker);
    lists =
        new GenerationalCache<>(
            bytes / 4,
            list -> ENTRY_OVERHEAD + list.body().weight(),
            settings.cacheMaxAge(),
            ticker);
  }

  /** The answer kept for this request, if any; never renders. */
  public Delivery cachedArticle(ArticleKey key) {
    return articles.cached(key);
  }

  /** The page kept for this request, if any; never renders. */
  public DeliveredList cachedList(ListKey key) {
    return lists.cached(key);
  }

  public Delivery article(ArticleKey key, Supplier<Delivery> render) {
    return articles.get(key, render);
  }

  public DeliveredList list(ListKey key, Supplier<DeliveredList> render) {
    return lists.get(key, render);
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
    if (change.liveAffected()) {
      invalidate(change.articleId());
    }
  }

  /** Every answer may show a relabelled tag or section: all are forgotten. */
  void onVocabularyChange(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) VocabularyChanged change) {
    articles.invalidateAll();
    lists.invalidateAll();
  }

  void onArrived(@Observes ChangesArrived arrived) {
    if (arrived.everything() || !arrived.keys(ChangeKind.VOCABULARY).isEmpty()) {
      articles.invalidateAll();
      lists.invalidateAll();
      return;
    }
    Set<String> stale = arrived.keys(ChangeKind.ARTICLE_LIVE);
    if (!stale.isEmpty()) {
      articles.invalidateIf(delivery -> stale.contains(delivery.articleId()));
      lists.invalidateAll();
    }
  }

  /** Forgets the article's entries and all list pages. */
  public void invalidate(String articleId) {
    articles.invalidateIf(delivery -> delivery.articleId().equals(articleId));
    lists.invalidateAll();
  }

  private static int weight(Delivery delivery) {
    return delivery instanceof Delivery.Found found
        ? ENTRY_OVERHEAD + found.body().weight()
        : ENTRY_OVERHEAD;
  }

  /** The weight of what is cached now, after pending evictions; for tests and monitoring. */
  long weight() {
    return articles.weight() + lists.weight();
  }

  public long size() {
    return articles.size() + lists.size();
  }
}
