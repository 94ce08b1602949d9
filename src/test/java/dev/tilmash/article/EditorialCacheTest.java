package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Totals and pages are computed once per filter and forgotten when an article changes. */
class EditorialCacheTest {
  private static final String JPQL = "select count(v) from LanguageVersion v where v.language = :l";
  private static final EditorialFilter PUBLISHED_KK =
      new EditorialFilter(WorkflowState.PUBLISHED, "kk", null, null);
  private static final PageRequest FIRST = new PageRequest(0, 20);

  private final AtomicInteger computed = new AtomicInteger();
  private final AtomicLong nanos = new AtomicLong();
  private EditorialCache cache;

  @BeforeEach
  void create() {
    cache = new EditorialCache();
    cache.ticker = nanos::get;
    cache.settings = new ArticleSettings();
    cache.settings.editorialCacheSeconds = 60;
    cache.settings.editorialCacheMaxBytes = 1 << 20;
    cache.create();
  }

  private long count(String language, long total) {
    return cache.count(
        JPQL,
        Map.of("l", language),
        () -> {
          computed.incrementAndGet();
          return total;
        });
  }

  private String page(EditorialFilter filter, PageRequest request, String title) {
    return text(
        cache.page(
            filter,
            request,
            () -> {
              computed.incrementAndGet();
              return new Page<>(List.of(article(title)), request.page(), request.size(), 1);
            }));
  }

  private static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }

  private static ArticleView article(String title) {
    return new ArticleView(
        "a1",
        "kk",
        title,
        List.of("trade"),
        null,
        null,
        null,
        Instant.EPOCH,
        "editor",
        null,
        List.of());
  }

  @Test
  void shouldCountEachFilterOnce() {
    assertEquals(7, count("kk", 7));
    assertEquals(7, count("kk", 8));
    assertEquals(3, count("ru", 3));
    assertEquals(2, computed.get());
  }

  @Test
  void shouldCountAgainAfterAnyArticleChanged() {
    count("kk", 7);
    cache.onChange(new ArticleChanged("a1", false));
    assertEquals(8, count("kk", 8));
    assertEquals(2, computed.get());
  }

  @Test
  void shouldNotKeepATotalCountedWhileAnArticleChanged() {
    long total =
        cache.count(
            JPQL,
            Map.of("l", "kk"),
            () -> {
              cache.onChange(new ArticleChanged("a1", true));
              return 7;
            });
    assertEquals(7, total, "served once");
    assertEquals(8, count("kk", 8), "but counted again next time");
  }

  @Test
  void shouldRememberEachPageOfEachFilterUntilAnArticleChanges() {
    byte[] first =
        cache.page(PUBLISHED_KK, FIRST, () -> new Page<>(List.of(article("А")), 0, 20, 1));
    assertSame(first, cache.page(PUBLISHED_KK, FIRST, () -> new Page<>(List.of(), 0, 20, 0)));
    assertTrue(page(PUBLISHED_KK, new PageRequest(1, 20), "Алматы").contains("\"Алматы\""));
    EditorialFilter drafts = new EditorialFilter(WorkflowState.DRAFT, "kk", null, null);
    assertTrue(page(drafts, FIRST, "Жоба").contains("\"Жоба\""));
    assertEquals(2, computed.get());

    cache.onChange(new ArticleChanged("a1", false));

    assertTrue(page(PUBLISHED_KK, FIRST, "Жаңа").contains("\"Жаңа\""));
    assertEquals(3, computed.get());
  }

  @Test
  void shouldComputeAValueAgainPastHalfItsLifetimeWhileOthersAreGivenTheOldOne() {
    assertEquals(7, count("kk", 7));
    nanos.addAndGet(Duration.ofSeconds(29).toNanos());
    assertEquals(7, count("kk", 8), "younger than half of 60 s");

    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    long renewed =
        cache.count(
            JPQL,
            Map.of("l", "kk"),
            () -> {
              assertEquals(7, count("kk", 9), "another request meanwhile");
              return 8;
            });

    assertEquals(8, renewed);
    assertEquals(8, count("kk", 10));
    assertEquals(1, computed.get(), "only the renewing request computed");
  }

  @Test
  void shouldComputeAValueAgainOnceItsLifetimeIsOver() {
    assertEquals(7, count("kk", 7));
    nanos.addAndGet(Duration.ofSeconds(61).toNanos());
    assertEquals(8, count("kk", 8));
    assertEquals(2, computed.get());
  }

  @Test
  void shouldLetTheNextRequestRenewWhenARenewalFailed() {
    count("kk", 7);
    nanos.addAndGet(Duration.ofSeconds(31).toNanos());
    assertThrows(
        IllegalStateException.class,
        () ->
            cache.count(
                JPQL,
                Map.of("l", "kk"),
                () -> {
                  throw new IllegalStateException("database gone");
                }));
    assertEquals(8, count("kk", 8));
  }

  @Test
  void shouldWriteThePageAsTheRestLayerWould() {
    String json = page(PUBLISHED_KK, FIRST, "Астана саммиті");
    assertTrue(json.startsWith("{\"items\":[{"), json);
    assertTrue(json.contains("\"title\":\"Астана саммиті\""), json);
    assertTrue(json.contains("\"createdAt\":\"1970-01-01T00:00:00Z\""), json);
    assertTrue(json.contains("\"total\":1"), json);
  }

  @Test
  void shouldNotKeepAPageReadWhileAnArticleChanged() {
    String stale =
        text(
            cache.page(
                PUBLISHED_KK,
                FIRST,
                () -> {
                  cache.onChange(new ArticleChanged("a1", false));
                  return new Page<>(List.of(article("old")), 0, 20, 1);
                }));
    assertTrue(stale.contains("\"old\""), "served once");
    assertTrue(page(PUBLISHED_KK, FIRST, "new").contains("\"new\""));
  }

  @Test
  void shouldNotRememberAPageWithASearchTerm() {
    EditorialFilter searched = new EditorialFilter(null, null, null, "саммит");
    page(searched, FIRST, "Астана саммиті");
    page(searched, FIRST, "Астана саммиті");
    assertEquals(2, computed.get());
  }

  @Test
  void shouldWeighAPageByItsJson() {
    assertEquals(64 + 5_000, EditorialCache.weight(new byte[5_000]));
    assertEquals(64, EditorialCache.weight(7L));
  }
}
