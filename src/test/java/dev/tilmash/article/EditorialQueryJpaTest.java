package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.search.EditorialSearch;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The editorial list's filters, run as real queries on the migrated schema. */
class EditorialQueryJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private NewsroomFixture newsroom;

  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
  }

  private Page<Article> find(EditorialFilter filter, int page, int size) {
    return db.call(
        em -> {
          EditorialQuery query = new EditorialQuery();
          query.em = em;
          query.search = EditorialSearch.using(em);
          return query.find(filter, new PageRequest(page, size));
        });
  }

  private List<String> ids(EditorialFilter filter) {
    return find(filter, 0, 100).items().stream().map(Article::id).toList();
  }

  private static EditorialFilter state(WorkflowState state) {
    return new EditorialFilter(state, null, null, null);
  }

  private static EditorialFilter q(String q) {
    return new EditorialFilter(null, null, null, q);
  }

  @Test
  void noFilterListsEveryArticleNewestFirst() {
    String first = newsroom.article("en", "first", "First");
    String second = newsroom.article("en", "second", "Second");

    Page<Article> page = find(new EditorialFilter(null, null, null, null), 0, 20);

    assertEquals(List.of(second, first), page.items().stream().map(Article::id).toList());
    assertEquals(2, page.total());
  }

  @Test
  void filtersByState() {
    String draft = newsroom.article("en", "draft", "Draft");
    String published = newsroom.article("en", "published", "Published");
    newsroom.publish(published, "en");
    String inReview = newsroom.article("en", "in-review", "In review");
    newsroom.step(inReview, "en", WorkflowAction.SUBMIT, NewsroomFixture.EDITOR);

    assertEquals(List.of(draft), ids(state(WorkflowState.DRAFT)));
    assertEquals(List.of(published), ids(state(WorkflowState.PUBLISHED)));
    assertEquals(List.of(inReview), ids(state(WorkflowState.IN_REVIEW)));
    assertEquals(List.of(), ids(state(WorkflowState.ARCHIVED)));
  }

  @Test
  void filtersByLanguage() {
    String englishOnly = newsroom.article("en", "english-only", "English only");
    String translated = newsroom.article("en", "translated", "Translated");
    newsroom.translation(translated, "ru", "perevedeno", "Переведено", 1);

    assertEquals(List.of(translated), ids(new EditorialFilter(null, "ru", null, null)));
    assertEquals(
        List.of(translated, englishOnly), ids(new EditorialFilter(null, "en", null, null)));
    assertEquals(List.of(), ids(new EditorialFilter(null, "kk", null, null)));
  }

  /** Language and state must hold for the same version, not for any two versions. */
  @Test
  void languageAndStateMatchOneAndTheSameVersion() {
    String article = newsroom.article("en", "mixed", "Mixed");
    newsroom.publish(article, "en");
    newsroom.translation(article, "ru", "smeshannoe", "Смешанное", 1);

    assertEquals(List.of(), ids(new EditorialFilter(WorkflowState.PUBLISHED, "ru", null, null)));
    assertEquals(List.of(article), ids(new EditorialFilter(WorkflowState.DRAFT, "ru", null, null)));
    assertEquals(
        List.of(article), ids(new EditorialFilter(WorkflowState.PUBLISHED, "en", null, null)));
  }

  @Test
  void aMajorSourceRevisionOutdatesTranslationsButAMinorOneDoesNot() {
    String major = newsroom.article("en", "major", "Major");
    newsroom.publish(major, "en");
    newsroom.translation(major, "ru", "glavnoe", "Главное", 1);
    newsroom.publish(major, "ru");
    newsroom.edit(major, "en", "Major, updated");
    newsroom.publish(major, "en", false);

    String minor = newsroom.article("en", "minor", "Minor");
    newsroom.publish(minor, "en");
    newsroom.translation(minor, "ru", "melkoe", "Мелкое", 1);
    newsroom.publish(minor, "ru");
    newsroom.edit(minor, "en", "Minor, typo fixed");
    newsroom.publish(minor, "en", true);

    assertEquals(List.of(major), ids(new EditorialFilter(null, null, true, null)));
    assertEquals(List.of(major), ids(new EditorialFilter(null, "ru", true, null)));
    assertEquals(List.of(minor), ids(new EditorialFilter(null, "ru", false, null)));
    // A source version is never outdated, so every article has a version that is not.
    assertEquals(List.of(minor, major), ids(new EditorialFilter(null, null, false, null)));
    assertEquals(List.of(), ids(new EditorialFilter(null, "en", true, null)));
    assertEquals(
        List.of(major), ids(new EditorialFilter(WorkflowState.PUBLISHED, "ru", true, null)));
  }

  /** The query and {@link LanguageVersion#isOutdated} must agree on what outdated means. */
  @Test
  void outdatedInTheQueryAgreesWithTheDomain() {
    String article = newsroom.article("en", "agree", "Agree");
    newsroom.publish(article, "en");
    newsroom.translation(article, "ru", "soglasie", "Согласие", 1);
    newsroom.edit(article, "en", "Agree, second take");
    newsroom.translation(article, "kk", "kelisim", "Келісім", 2);
    newsroom.publish(article, "en");

    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          Integer sourceMajor =
              repository.version(article, "en").orElseThrow().majorPublishedRevision();
          assertEquals(2, sourceMajor);
          assertTrue(repository.version(article, "ru").orElseThrow().isOutdated(sourceMajor));
          assertFalse(repository.version(article, "kk").orElseThrow().isOutdated(sourceMajor));
        });
    assertEquals(List.of(article), ids(new EditorialFilter(null, "ru", true, null)));
    assertEquals(List.of(), ids(new EditorialFilter(null, "kk", true, null)));
    assertEquals(List.of(article), ids(new EditorialFilter(null, "kk", false, null)));
  }

  @Test
  void translationsOfAnUnpublishedSourceAreNotOutdated() {
    String article = newsroom.article("en", "unpublished-source", "Unpublished source");
    newsroom.translation(article, "ru", "neopublikovano", "Неопубликовано", 1);
    newsroom.edit(article, "en", "Unpublished source, rewritten");

    assertEquals(List.of(), ids(new EditorialFilter(null, null, true, null)));
    assertEquals(List.of(article), ids(new EditorialFilter(null, "ru", false, null)));
  }

  @Test
  void titleSearchIgnoresCase() {
    String corridor = newsroom.article("en", "corridor", "Middle Corridor talks");
    newsroom.article("en", "summit", "Summit preview");
    String russian = newsroom.article("ru", "koridor", "Средний КОРИДОР");

    assertEquals(List.of(corridor), ids(q("CORRIDOR")));
    assertEquals(List.of(corridor), ids(q("  middle corridor ")));
    assertEquals(List.of(russian), ids(q("коридор")));
    assertEquals(List.of(), ids(q("nowhere")));
  }

  @Test
  void titleSearchFindsAnyLanguageOfTheArticle() {
    String article = newsroom.article("en", "trade", "Trade figures");
    newsroom.translation(article, "ru", "torgovlya", "Торговые показатели", 1);

    assertEquals(List.of(article), ids(q("показатели")));
  }

  @Test
  void titleSearchSearchesTheWorkingRevision() {
    String article = newsroom.article("en", "renamed", "Old headline");
    newsroom.publish(article, "en");
    newsroom.edit(article, "en", "New headline");

    assertEquals(List.of(article), ids(q("new headline")));
    assertEquals(List.of(), ids(q("old headline")));
  }

  @Test
  void titleSearchMatchesWordsAndIgnoresPunctuation() {
    String percent = newsroom.article("en", "percent", "Exports up 100% this year");
    String tonnes = newsroom.article("en", "thousand", "Exports up 1000 tonnes this year");
    String bang = newsroom.article("en", "bang", "Wow! Really");

    assertEquals(List.of(percent), ids(q("100%")));
    assertEquals(List.of(tonnes), ids(q("%tonnes")));
    assertEquals(List.of(bang), ids(q("wow!!")));
    assertEquals(List.of(), ids(q("expo")));
    assertEquals(List.of(tonnes, percent), ids(q("expo*")));
  }

  @Test
  void titleSearchAnalysesEachLanguage() {
    String russian = newsroom.article("ru", "koridor", "Средний коридор");
    String uzbek = newsroom.article("uz", "ozbekiston", "Oʻzbekiston yoʻllari");
    String chinese = newsroom.article("zh", "zhongya", "中亚交通走廊");

    assertEquals(List.of(russian), ids(q("коридоры")));
    assertEquals(List.of(uzbek), ids(q("Ўзбекистон")));
    assertEquals(List.of(chinese), ids(q("中亚")));
  }

  @Test
  void aBlankSearchIsNoFilter() {
    newsroom.article("en", "one", "One");
    newsroom.article("en", "two", "Two");

    assertEquals(2, ids(q("   ")).size());
  }

  @Test
  void pagesNewestFirstWithTheTotalOfAllPages() {
    String[] created = new String[5];
    for (int i = 0; i < created.length; i++) {
      created[i] = newsroom.article("en", "story-" + i, "Story " + i);
    }
    EditorialFilter all = new EditorialFilter(null, null, null, null);

    Page<Article> first = find(all, 0, 2);
    Page<Article> second = find(all, 1, 2);
    Page<Article> third = find(all, 2, 2);
    Page<Article> beyond = find(all, 3, 2);

    assertEquals(List.of(created[4], created[3]), first.items().stream().map(Article::id).toList());
    assertEquals(
        List.of(created[2], created[1]), second.items().stream().map(Article::id).toList());
    assertEquals(List.of(created[0]), third.items().stream().map(Article::id).toList());
    assertEquals(List.of(), beyond.items());
    for (Page<Article> page : List.of(first, second, third, beyond)) {
      assertEquals(5, page.total());
      assertEquals(2, page.size());
    }
    assertEquals(1, second.page());
  }

  @Test
  void theTotalCountsFilteredArticlesNotVersions() {
    for (int i = 0; i < 3; i++) {
      String article = newsroom.article("en", "multi-" + i, "Multi " + i);
      newsroom.translation(article, "ru", "multi-ru-" + i, "Мульти " + i, 1);
      newsroom.translation(article, "kk", "multi-kk-" + i, "Мульти " + i, 1);
    }
    newsroom.article("en", "single", "Single");

    Page<Article> drafts = find(state(WorkflowState.DRAFT), 0, 2);
    Page<Article> search = find(q("мульти"), 0, 10);

    assertEquals(4, drafts.total());
    assertEquals(2, drafts.items().size());
    assertEquals(3, search.total());
    assertEquals(3, search.items().size());
  }
}
