package dev.tilmash.delivery;

import dev.tilmash.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Published content for client sites: answered from {@link DeliveryCache} when an equal request was
 * answered before, rendered (in a read transaction) otherwise. A cache hit touches neither the
 * database nor a transaction.
 */
@ApplicationScoped
public class DeliveryService {
  @Inject DeliveryCache cache;
  @Inject DeliveryRenderer renderer;
  @Inject DeliveryMetrics metrics;

  public Delivery find(String key, String lang, String acceptLanguage, URI base) {
    Rendering<Delivery> rendering =
        new Rendering<>(() -> renderer.render(key, lang, acceptLanguage, base));
    Delivery answer = cache.article(articleKey(key, lang, acceptLanguage, base), rendering);
    metrics.answered(DeliveryMetrics.Kind.ARTICLE, rendering.ran);
    return answer;
  }

  public DeliveredList list(
      String lang,
      String acceptLanguage,
      boolean fallback,
      ListTerms terms,
      PageRequest page,
      URI base) {
    Rendering<DeliveredList> rendering =
        new Rendering<>(() -> renderer.list(lang, acceptLanguage, fallback, terms, page, base));
    DeliveredList answer =
        cache.list(
            new DeliveryCache.ListKey(
                lang, acceptLanguage, fallback, terms, page.page(), page.size(), base.toString()),
            rendering);
    metrics.answered(DeliveryMetrics.Kind.LIST, rendering.ran);
    return answer;
  }

  /** What {@link #find} would answer from the cache, or null when it would have to render. */
  Delivery cachedArticle(String key, String lang, String acceptLanguage, String base) {
    Delivery cached =
        cache.cachedArticle(new DeliveryCache.ArticleKey(key, lang, acceptLanguage, base));
    if (cached != null) {
      metrics.answered(DeliveryMetrics.Kind.ARTICLE, false);
    }
    return cached;
  }

  /** What {@link #list} would answer from the cache, or null when it would have to render. */
  DeliveredList cachedList(
      String lang,
      String acceptLanguage,
      boolean fallback,
      ListTerms terms,
      PageRequest page,
      String base) {
    DeliveredList cached =
        cache.cachedList(
            new DeliveryCache.ListKey(
                lang, acceptLanguage, fallback, terms, page.page(), page.size(), base));
    if (cached != null) {
      metrics.answered(DeliveryMetrics.Kind.LIST, false);
    }
    return cached;
  }

  /** A rendering that remembers whether the cache needed it: a miss if it ran, a hit if not. */
  private static final class Rendering<T> implements Supplier<T> {
    private final Supplier<T> render;
    private boolean ran;

    Rendering(Supplier<T> render) {
      this.render = render;
    }

    @Override
    public T get() {
      ran = true;
      return render.get();
    }
  }

  private static DeliveryCache.ArticleKey articleKey(
      String key, String lang, String acceptLanguage, URI base) {
    return new DeliveryCache.ArticleKey(key, lang, acceptLanguage, base.toString());
  }
}
