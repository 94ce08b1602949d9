package dev.tilmash.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.article.LanguageVersion;
import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.article.WorkflowState;
import dev.tilmash.shared.JpaTestDatabase;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The delivery queries only ever see what is live, and page and order it as promised. */
class PublishedContentJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private NewsroomFixture newsroom;

  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
  }

  private <T> T query(Function<PublishedContent, T> work) {
    return db.call(
        em -> {
          PublishedContent published = new PublishedContent();
          published.em = em;
          return work.apply(published);
        });
  }

  private long count(Function<PublishedContent, Long> work) {
    return query(work);
  }

  /** "article/language" of each version, read while the persistence context is open. */
  private List<String> keys(Function<PublishedContent, List<LanguageVersion>> work) {
    return query(p -> work.apply(p).stream().map(PublishedContentJpaTest::key).toList());
  }

  private static String key(LanguageVersion v) {
    return v.article().id() + "/" + v.language();
  }

  @Test
  void aDraftIsNeverDelivered() {
    String draft = newsroom.article("en", "draft", "Draft");
    String live = newsroom.article("en", "live", "Live");
    newsroom.publish(live, "en");
    newsroom.translation(live, "ru", "zhivoe", "Живое", 1);

    assertEquals(List.of(live + "/en"), keys(p -> p.liveIn("en", 0, 20)));
    assertEquals(List.of(), keys(p -> p.liveIn("ru", 0, 20)));
    assertEquals(List.of(), keys(p -> p.liveVersions(draft)));
    assertEquals(List.of(live + "/en"), keys(p -> p.liveVersions(live)));
    assertEquals(1, count(p -> p.countLiveIn("en")));
    assertEquals(0, count(p -> p.countLiveIn("ru")));
    assertEquals(List.of(live), query(p -> p.articlesLiveInAny(List.of("ru", "en"), 0, 20)));
    assertEquals(1, count(p -> p.countArticlesLiveInAny(List.of("ru", "en"))));
    assertEquals(
        List.of(live + "/en"),
        keys(p -> p.liveVersionsOf(List.of(draft, live), List.of("ru", "en"))));
  }

  /** A published version being revised stays live with the words that went live. */
  @Test
  void aVersionBeingRevisedIsDeliveredWithItsLiveWords() {
    String article = newsroom.article("en", "revised", "What went live");
    newsroom.publish(article, "en");
    newsroom.edit(article, "en", "Work in progress");
    newsroom.step(article, "en", WorkflowAction.SUBMIT, NewsroomFixture.EDITOR);

    List<Function<PublishedContent, List<LanguageVersion>>> queries =
        List.of(
            p -> p.liveIn("en", 0, 20),
            p -> p.liveVersions(article),
            p -> p.liveVersionsOf(List.of(article), List.of("en")),
            p -> p.bySlug("revised"));
    for (Function<PublishedContent, List<LanguageVersion>> q : queries) {
      query(
          p -> {
            List<LanguageVersion> found = q.apply(p);
            assertEquals(1, found.size());
            LanguageVersion version = found.get(0);
            assertEquals(WorkflowState.IN_REVIEW, version.state());
            assertEquals("What went live", version.live().title());
            assertEquals(1, version.live().number());
            assertEquals("Work in progress", version.working().title());
            return null;
          });
    }
    assertEquals(1, count(p -> p.countLiveIn("en")));
  }

  @Test
  void publishingTheRevisionSwapsTheLiveWords() {
    String article = newsroom.article("en", "swapped", "First words");
    newsroom.publish(article, "en");
    newsroom.edit(article, "en", "Second words");
    newsroom.publish(article, "en");

    assertEquals(
        List.of("Second words"),
        query(p -> p.liveVersions(article).stream().map(v -> v.live().title()).toList()));
  }

  @Test
  void unpublishedAndArchivedVersionsDisappear() {
    String unpublished = newsroom.article("en", "unpublished", "Unpublished");
    newsroom.publish(unpublished, "en");
    newsroom.step(unpublished, "en", WorkflowAction.UNPUBLISH, NewsroomFixture.CHIEF);
    String archived = newsroom.article("en", "archived", "Archived");
    newsroom.publish(archived, "en");
    newsroom.step(archived, "en", WorkflowAction.ARCHIVE, NewsroomFixture.CHIEF);
    String revisedThenUnpublished = newsroom.article("en", "revised-down", "Revised, down");
    newsroom.publish(revisedThenUnpublished, "en");
    newsroom.edit(revisedThenUnpublished, "en", "Revised, down, draft");
    newsroom.step(revisedThenUnpublished, "en", WorkflowAction.UNPUBLISH, NewsroomFixture.CHIEF);

    assertEquals(List.of(), keys(p -> p.liveIn("en", 0, 20)));
    assertEquals(0, count(p -> p.countLiveIn("en")));
    assertEquals(List.of(), query(p -> p.articlesLiveInAny(List.of("en"), 0, 20)));
    assertEquals(0, count(p -> p.countArticlesLiveInAny(List.of("en"))));
    assertEquals(List.of(), keys(p -> p.liveVersions(archived)));
  }

  @Test
  void aSlugFindsTheVersionInAnyLanguage() {
    String article = newsroom.article("ru", "sammit", "Саммит");
    newsroom.publish(article, "ru");
    newsroom.translation(article, "en", "summit", "Summit", 1);
    newsroom.publish(article, "en");

    assertEquals(List.of(article + "/ru"), keys(p -> p.bySlug("sammit")));
    assertEquals(List.of(article + "/en"), keys(p -> p.bySlug("summit")));
    assertEquals(List.of(), keys(p -> p.bySlug("nothing-here")));
    assertEquals(
        List.of("news"),
        query(p -> p.bySlug("summit").get(0).article().tags()),
        "the article comes with the version");
  }

  /** Slugs are unique per language only; a live version wins over one that is not live. */
  @Test
  void aSlugSharedAcrossLanguagesFindsTheLiveVersionFirst() {
    newsroom.article("en", "forum", "Forum");
    String live = newsroom.article("kk", "forum", "Форум");
    newsroom.publish(live, "kk");

    List<String> found = keys(p -> p.bySlug("forum"));

    assertEquals(live + "/kk", found.get(0));
  }

  /**
   * A slug that only a never-published version carries must not hide the redirect of a live version
   * that used to have that slug in another language: {@code DeliveryService.find} takes the first
   * {@code bySlug} hit and consults {@code byOldSlug} only when there is none, so today the reader
   * gets a 404 instead of the redirect.
   */
  @Test
  void aDraftSlugDoesNotShadowTheRedirectOfALiveVersion() {
    String live = newsroom.article("ru", "staryi-adres", "Старый адрес");
    newsroom.publish(live, "ru");
    newsroom.changeSlug(live, "ru", "novyi-adres");
    newsroom.article("en", "staryi-adres", "A draft that reuses the slug in English");

    assertEquals(List.of(), keys(p -> p.bySlug("staryi-adres")));
    assertEquals(List.of(live + "/ru"), keys(p -> p.byOldSlug("staryi-adres")));
  }

  @Test
  void anOldSlugFindsTheVersionThatCarriedIt() {
    String article = newsroom.article("en", "old-slug", "Renamed");
    newsroom.publish(article, "en");
    newsroom.changeSlug(article, "en", "new-slug");
    newsroom.changeSlug(article, "en", "newest-slug");

    assertEquals(
        List.of("newest-slug"),
        query(p -> p.byOldSlug("old-slug").stream().map(LanguageVersion::slug).toList()));
    assertEquals(
        List.of("newest-slug"),
        query(p -> p.byOldSlug("new-slug").stream().map(LanguageVersion::slug).toList()));
    assertEquals(List.of(), keys(p -> p.byOldSlug("newest-slug")));
    assertEquals(List.of(article + "/en"), keys(p -> p.bySlug("newest-slug")));
    assertEquals(List.of(), keys(p -> p.bySlug("old-slug")));
  }

  @Test
  void liveInPagesNewestPublishedFirst() {
    String older = newsroom.article("en", "older", "Older");
    String middle = newsroom.article("en", "middle", "Middle");
    String newer = newsroom.article("en", "newer", "Newer");
    newsroom.publish(older, "en");
    newsroom.publish(middle, "en");
    newsroom.publish(newer, "en");
    String russian = newsroom.article("ru", "russkaya", "Русская");
    newsroom.publish(russian, "ru");

    assertEquals(List.of(newer + "/en", middle + "/en"), keys(p -> p.liveIn("en", 0, 2)));
    assertEquals(List.of(older + "/en"), keys(p -> p.liveIn("en", 2, 2)));
    assertEquals(List.of(), keys(p -> p.liveIn("en", 4, 2)));
    assertEquals(3, count(p -> p.countLiveIn("en")));

    // publishing a new revision brings an article back to the top
    newsroom.edit(older, "en", "Older, updated");
    newsroom.publish(older, "en");
    assertEquals(List.of(older + "/en", newer + "/en"), keys(p -> p.liveIn("en", 0, 2)));
  }

  @Test
  void fallbackListsFindArticlesLiveInAnyLanguageOfTheChain() {
    List<String> chain = List.of("kk", "ru", "en");
    String englishOnly = newsroom.article("en", "english-only", "English only");
    newsroom.publish(englishOnly, "en");
    newsroom.translation(englishOnly, "kk", "tek-agylshyn", "Тек ағылшын", 1);
    String russianAndEnglish = newsroom.article("en", "both", "Both");
    newsroom.publish(russianAndEnglish, "en");
    newsroom.translation(russianAndEnglish, "ru", "oba", "Оба", 1);
    newsroom.publish(russianAndEnglish, "ru");
    String kazakh = newsroom.article("kk", "qazaqsha", "Қазақша");
    newsroom.publish(kazakh, "kk");
    String chinese = newsroom.article("zh", "zhongwen", "中文");
    newsroom.publish(chinese, "zh");
    String unpublished = newsroom.article("ru", "chernovik", "Черновик");

    assertEquals(
        List.of(kazakh, russianAndEnglish, englishOnly),
        query(p -> p.articlesLiveInAny(chain, 0, 20)));
    assertEquals(List.of(kazakh, russianAndEnglish), query(p -> p.articlesLiveInAny(chain, 0, 2)));
    assertEquals(List.of(englishOnly), query(p -> p.articlesLiveInAny(chain, 2, 2)));
    assertEquals(3, count(p -> p.countArticlesLiveInAny(chain)));

    Set<String> live =
        query(
            p ->
                p
                    .liveVersionsOf(
                        List.of(kazakh, russianAndEnglish, englishOnly, unpublished), chain)
                    .stream()
                    .map(PublishedContentJpaTest::key)
                    .collect(Collectors.toSet()));
    assertEquals(
        Set.of(
            kazakh + "/kk",
            russianAndEnglish + "/ru",
            russianAndEnglish + "/en",
            englishOnly + "/en"),
        live);
    assertEquals(List.of(), keys(p -> p.liveVersionsOf(List.of(), chain)));
    assertEquals(List.of(), keys(p -> p.liveVersionsOf(List.of(chinese), chain)));
  }

  @Test
  void findsArticlesById() {
    String article = newsroom.article("en", "by-id", "By id");

    assertTrue(new PublishedContent().looksLikeId(article));
    assertTrue(query(p -> p.article(article)).isPresent());
    assertTrue(query(p -> p.article("0c8d3f0e-0000-4000-8000-000000000000")).isEmpty());
  }
}
