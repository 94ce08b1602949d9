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
        new DeliveryCache.ArticleKey(key, lang, acceptLanguage, base.toString()),
        () -> renderer.render(key, lang, acceptLanguage, base));
  }

  public DeliveredList list(
      String lang, String acceptLanguage, boolean fallback, PageRequest page, URI base) {
    return cache.list(
        new DeliveryCache.ListKey(
            lang, acceptLanguage, fallback, page.page(), page.size(), base.toString()),
        () -> renderer.list(lang, acceptLanguage, fallback, page, base));
  }
}
