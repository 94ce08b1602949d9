package dev.tilmash.delivery;

import dev.tilmash.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * Published content for client sites: answered from {@link DeliveryCache} when an equal request was
 * answered before, rendered (in a read transaction) otherwise. A cache hit touches neither the
 * database nor a transaction.
 */
@ApplicationScoped
public class DeliveryService {
  @Inject DeliveryCache cache;
  @Inject DeliveryRenderer renderer;

  public Delivery find(String key, String lang, String acceptLanguage, URI base) {
    return cache.article(
        articleKey(key, lang, acceptLanguage, base),
        () -> renderer.render(key, lang, acceptLanguage, base));
  }

  public DeliveredList list(
      String lang,
      String acceptLanguage,
      boolean fallback,
      ListTerms terms,
      PageRequest page,
      URI base) {
    return cache.list(
        new DeliveryCache.ListKey(
            lang, acceptLanguage, fallback, terms, page.page(), page.size(), base.toString()),
        () -> renderer.list(lang, acceptLanguage, fallback, terms, page, base));
  }

  /** What {@link #find} would answer from the cache, or null when it would have to render. */
  Delivery cachedArticle(String key, String lang, String acceptLanguage, String base) {
    return cache.cachedArticle(new DeliveryCache.ArticleKey(key, lang, acceptLanguage, base));
  }

  /** What {@link #list} would answer from the cache, or null when it would have to render. */
  DeliveredList cachedList(
      String lang,
      String acceptLanguage,
      boolean fallback,
      ListTerms terms,
      PageRequest page,
      String base) {
    return cache.cachedList(
        new DeliveryCache.ListKey(
            lang, acceptLanguage, fallback, terms, page.page(), page.size(), base));
  }

  private static DeliveryCache.ArticleKey articleKey(
      String key, String lang, String acceptLanguage, URI base) {
    return new DeliveryCache.ArticleKey(key, lang, acceptLanguage, base.toString());
  }
}
