package dev.tilmash.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.tilmash.article.ArticleChanged;
import dev.tilmash.vocabulary.TermKind;
import dev.tilmash.vocabulary.VocabularyChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The delivery cache serves ready bytes and never keeps what a commit made stale. */
class DeliveryCacheTest {
  private DeliveryCache cache;
  private final AtomicInteger renders = new AtomicInteger();
  private final AtomicLong nanos = new AtomicLong();
  private final Ticker ticker = nanos::get;

  @BeforeEach
  void create() {
    cache = cache(4 << 20);
  }

  @Test
  void shouldRenderOnceAndServeTheSameBytesAfterwards() {
    DeliveryCache.ArticleKey key = key("corridor");
    Delivery first = cache.article(key, () -> found("a1"));
    Delivery second = cache.article(key, () -> found("a1"));
    assertEquals(1, renders.get());
    assertEquals(first, second);
  }

  @Test
  void shouldRenderAgainAfterAPublishOfThatArticle() {
    cache.article(key("corridor"), () -> found("a1"));
    cache.onChange(new ArticleChanged("a1", true));
    cache.article(key("corridor"), () -> found("a1"));
    assertEquals(2, renders.get());
  }

  @Test
  void shouldKeepEntriesWhenOnlyADraftWasSaved() {
    cache.article(key("corridor"), () -> found("a1"));
    cache.onChange(new ArticleChanged("a1", false));
    cache.article(key("corridor"), () -> found("a1"));
    assertEquals(1, renders.get());
  }

  @Test
  void shouldForgetOnlyTheChangedArticleButEveryListPage() {
    cache.article(key("corridor"), () -> found("a1"));
    cache.article(key("summit"), () -> found("a2"));
    AtomicInteger lists = new AtomicInteger();
    DeliveryCache.ListKey page =
        new DeliveryCache.ListKey("ru", null, false, ListTerms.NONE, 0, 20, "http://x/");
    cache.list(page, () -> list(lists));
    cache.invalidate("a1");
    cache.article(key("summit"), () -> found("a2"));
    cache.article(key("corridor"), () -> found("a1"));
    cache.list(page, () -> list(lists));
    assertEquals(3, renders.get(), "a1 twice, a2 once");
    assertEquals(2, lists.get(), "every list page is forgotten");
  }

  @Test
  void shouldForgetEveryArticleAndListPageWhenATermIsRelabelled() {
    cache.article(key("corridor"), () -> found("a1"));
    cache.article(key("summit"), () -> found("a2"));
    AtomicInteger lists = new AtomicInteger();
    DeliveryCache.ListKey page =
        new DeliveryCache.ListKey(
            "kk", null, false, ListTerms.of("trade", null), 0, 20, "http://x/");
    cache.list(page, () -> list(lists));
    cache.onVocabularyChange(new VocabularyChanged(TermKind.TAG, "trade"));
    cache.article(key("summit"), () -> found("a2"));
    cache.article(key("corridor"), () -> found("a1"));
    cache.list(page, () -> list(lists));
    assertEquals(4, renders.get(), "both articles twice");
    assertEquals(2, lists.get());
  }

  @Test
  void shouldNotKeepAResponseRenderedWhileAChangeCommitted() {
    DeliveryCache.ArticleKey key = key("corridor");
    cache.article(
        key,
        () -> {
          Delivery stale = found("a1");
          cache.invalidate("a1"); // the unpublish commits while this reader renders
          return stale;
        });
    cache.article(key, () -> found("a1"));
    assertEquals(2, renders.get(), "the stale response was served once, never cached");
  }

  @Test
  void shouldServeAnAnswerNoLongerThanItsMaxAge() {
    DeliveryCache.ArticleKey key = key("corridor");
    cache.article(key, () -> found("a1"));
    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    assertNotNull(cache.cachedArticle(key), "a hit within the max age");
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    assertNull(cache.cachedArticle(key), "no hit once it is older, though no event came");
    cache.article(key, () -> found("a1"));
    assertEquals(2, renders.get());
  }

  @Test
  void shouldRenewAnAnswerInUseAfterHalfItsMaxAge() {
    DeliveryCache.ArticleKey key = key("corridor");
    cache.article(key, () -> found("a1"));
    nanos.addAndGet(Duration.ofSeconds(29).toNanos());
    cache.article(key, () -> found("a1"));
    assertEquals(1, renders.get(), "young: served as kept");
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    cache.article(key, () -> found("a1"));
    assertEquals(2, renders.get(), "past half its age the request renders it again");
    nanos.addAndGet(Duration.ofSeconds(40).toNanos());
    assertNotNull(cache.cachedArticle(key), "the renewed answer counts its age from then");
  }

  @Test
  void shouldBoundListPagesByAgeToo() {
    AtomicInteger lists = new AtomicInteger();
    DeliveryCache.ListKey page =
        new DeliveryCache.ListKey("ru", null, false, ListTerms.NONE, 0, 20, "http://x/");
    cache.list(page, () -> list(lists));
    nanos.addAndGet(Duration.ofSeconds(61).toNanos());
    assertNull(cache.cachedList(page));
    cache.list(page, () -> list(lists));
    assertEquals(2, lists.get());
  }

  private DeliveryCache cache(long maxBytes) {
    DeliveryCache created = new DeliveryCache();
    created.settings = new DeliverySettings();
    created.settings.cacheMaxBytes = maxBytes;
    created.settings.cacheMaxAge = Duration.ofSeconds(60);
    created.ticker = ticker;
    created.create();
    return created;
  }

  private static DeliveryCache.ArticleKey key(String slug) {
    return new DeliveryCache.ArticleKey(slug, null, "ru", "http://x/");
  }

  @Test
  void shouldKeepNoMoreBytesThanItsBound() {
    DeliveryCache small = cache(400_000);
    for (int i = 0; i < 200; i++) {
      String id = "a" + i;
      small.article(
          key(id),
          () -> new Delivery.Found(id, "kk", new byte[9_000], "\"e\"", Instant.EPOCH, Map.of()));
    }
    assertTrue(small.weight() <= 300_000, () -> "articles weigh " + small.weight());
    assertTrue(small.weight() > 200_000, "the bound is used, not just respected");
  }

  private Delivery found(String articleId) {
    renders.incrementAndGet();
    return new Delivery.Found(articleId, "ru", new byte[] {1}, "\"e\"", Instant.EPOCH, Map.of());
  }

  private static DeliveredList list(AtomicInteger lists) {
    lists.incrementAndGet();
    return new DeliveredList(new byte[] {2}, "ru");
  }
}
