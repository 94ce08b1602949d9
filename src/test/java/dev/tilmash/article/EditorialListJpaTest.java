package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.language.LanguageSets;
import dev.tilmash.search.EditorialSearch;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The editorial list as {@link ArticleService#list} answers it, against an oracle: the domain's own
 * rules ({@link LanguageVersion#isOutdated}, the states) applied in Java to every article, sorted
 * newest first and then by id. Every combination of filters, page by page, both ways the query
 * reads a page (walking the created_at index, or sorting the matches), and views equal to those
 * built from the full entities.
 */
class EditorialListJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final Instant SAME_TIME = Instant.parse("2026-02-01T12:00:00Z");
  private static final List<String> LANGUAGES = List.of("en", "ru", "kk", "uz", "uz-Cyrl");

  private NewsroomFixture newsroom;
  private final List<String> articles = new ArrayList<>();

  /**
   * A newsroom with outdated and current translations, a minor source change, drafts, a version in
   * review, a derived version whose sibling moved on, a Russian source, and three articles created
   * at the same moment (ordered by id).
   */
  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
    articles.clear();
    for (int i = 0; i < 3; i++) {
      String tie = newsroom.articleAt(SAME_TIME, "en", "tie-" + i, "Tie " + i);
      newsroom.translation(tie, "kk", "tie-kk-" + i, "Тең " + i, 1);
      articles.add(tie);
    }
    String outdated = newsroom.article("en", "outdated", "Outdated");
    newsroom.publish(outdated, "en");
    newsroom.translation(outdated, "ru", "ustarelo", "Устарело", 1);
    newsroom.publish(outdated, "ru");
    newsroom.translation(outdated, "kk", "eskirgen", "Ескірген", 1);
    newsroom.edit(outdated, "en", "Outdated, rewritten");
    newsroom.publish(outdated, "en");
    articles.add(outdated);

    String minor = newsroom.article("en", "minor", "Minor");
    newsroom.publish(minor, "en");
    newsroom.translation(minor, "ru", "melkoe", "Мелкое", 1);
    newsroom.publish(minor, "ru");
    newsroom.edit(minor, "en", "Minor, typo");
    newsroom.publish(minor, "en", true);
    articles.add(minor);

    String derived = newsroom.article("en", "derived", "Derived");
    newsroom.publish(derived, "en");
    newsroom.translation(derived, "uz", "hosila", "Hosila", 1);
    newsroom.publish(derived, "uz");
    newsroom.derived(derived, "uz-Cyrl", "hosila-cyrl", "uz", 1, "Ҳосила");
    newsroom.publish(derived, "uz-Cyrl");
    newsroom.edit(derived, "uz", "Hosila, yangi");
    newsroom.publish(derived, "uz");
    articles.add(derived);

    String current = newsroom.article("en", "current", "Current");
    newsroom.publish(current, "en");
    newsroom.derived(current, "uz-Cyrl", "joriy-cyrl", "uz", 1, "Жорий");
    newsroom.translation(current, "uz", "joriy", "Joriy", 1);
    newsroom.publish(current, "uz");
    newsroom.step(current, "uz-Cyrl", WorkflowAction.SUBMIT, NewsroomFixture.EDITOR);
    articles.add(current);

    String russian = newsroom.article("ru", "russkaya", "Русская");
    newsroom.publish(russian, "ru");
    newsroom.translation(russian, "en", "russian", "Russian", 1);
    newsroom.translation(russian, "kk", "oryssha", "Орысша", null);
    articles.add(russian);

    articles.add(newsroom.article("kk", "qazaqsha", "Қазақша"));
  }

  private Page<ArticleView> list(EditorialFilter filter, int page, int size, long sortAtMost) {
    return db.call(
        em -> {
          ArticleService service = new ArticleService();
          service.articles = NewsroomFixture.repository(em);
          service.editorial = new EditorialQuery();
          service.editorial.em = em;
          service.editorial.search = EditorialSearch.using(em);
          service.editorial.sortAtMost = sortAtMost;
          service.languages = LanguageSets.withScriptVariants();
          return service.list(filter, new PageRequest(page, size));
        });
  }

  /**
   * Every article's view, from the full entities, as {@code GET /articles/{id}} built it before.
   */
  private Map<String, ArticleView> entityViews() {
    return db.call(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          Map<String, List<LanguageVersion>> versions =
              repository.versionsOf(articles).stream()
                  .collect(Collectors.groupingBy(v -> v.article().id()));
          return articles.stream()
              .collect(
                  Collectors.toMap(
                      Function.identity(),
                      id ->
                          ArticleView.of(repository.article(id).orElseThrow(), versions.get(id))));
        });
  }

  /** The domain's answer: the articles with a version matching every filter, in list order. */
  private static List<String> expected(Map<String, ArticleView> views, EditorialFilter filter) {
    return views.values().stream()
        .filter(a -> a.versions().stream().anyMatch(v -> matches(v, filter)))
        .sorted(
            Comparator.comparing(ArticleView::createdAt).reversed().thenComparing(ArticleView::id))
        .map(ArticleView::id)
        .toList();
  }

  private static boolean matches(VersionSummary version, EditorialFilter filter) {
    return (filter.language() == null || filter.language().equals(version.language()))
        && (filter.state() == null || filter.state().name().equals(version.state()))
        && (filter.outdated() == null || filter.outdated() == version.outdated());
  }

  private static List<EditorialFilter> everyFilter() {
    List<EditorialFilter> filters = new ArrayList<>();
    List<WorkflowState> states = new ArrayList<>(Arrays.asList(WorkflowState.values()));
    states.add(null);
    List<String> languages = new ArrayList<>(LANGUAGES);
    languages.add(null);
    for (WorkflowState state : states) {
      for (String language : languages) {
        for (Boolean outdated : Arrays.asList(null, true, false)) {
          filters.add(new EditorialFilter(state, language, outdated, null));
        }
      }
    }
    return filters;
  }

  @Test
  void theDomainOracleSeesOutdatedVersionsOfBothKinds() {
    Map<String, ArticleView> views = entityViews();
    assertEquals(
        List.of(articles.get(7), articles.get(5), articles.get(3)),
        expected(views, new EditorialFilter(null, null, true, null)),
        "a translation from no known source revision, a derived version after its sibling's new"
            + " revision, translations after the source's");
    assertEquals(
        List.of(articles.get(5)),
        expected(views, new EditorialFilter(null, "uz-Cyrl", true, null)));
    assertTrue(views.get(articles.get(6)).versions().stream().noneMatch(VersionSummary::outdated));
  }

  @Test
  void everyFilterCombinationListsWhatTheDomainSaysPageByPageBothWays() {
    Map<String, ArticleView> views = entityViews();
    for (EditorialFilter filter : everyFilter()) {
      List<String> expected = expected(views, filter);
      for (long sortAtMost : new long[] {0, Long.MAX_VALUE}) {
        List<ArticleView> listed = new ArrayList<>();
        for (int page = 0; page <= expected.size() / 3; page++) {
          Page<ArticleView> found = list(filter, page, 3, sortAtMost);
          assertEquals(expected.size(), found.total(), filter + " total");
          listed.addAll(found.items());
        }
        String how = filter + (sortAtMost == 0 ? " walking the index" : " sorting the matches");
        assertEquals(expected, listed.stream().map(ArticleView::id).toList(), how);
        listed.forEach(view -> assertEquals(views.get(view.id()), view, how));
      }
    }
  }

  @Test
  void aPageBeyondTheLastIsEmptyButKeepsTheTotal() {
    Page<ArticleView> beyond = list(new EditorialFilter(null, "kk", null, null), 5, 3, 0);

    assertEquals(List.of(), beyond.items());
    assertEquals(6, beyond.total());
    assertEquals(5, beyond.page());
  }

  @Test
  void articlesCreatedAtTheSameMomentComeByIdBothWays() {
    List<String> ties = articles.subList(0, 3).stream().sorted().toList();
    for (long sortAtMost : new long[] {0, Long.MAX_VALUE}) {
      Page<ArticleView> kk =
          list(new EditorialFilter(WorkflowState.DRAFT, "kk", null, null), 0, 20, sortAtMost);
      List<String> listed = kk.items().stream().map(ArticleView::id).toList();
      assertEquals(ties, listed.subList(listed.size() - 3, listed.size()));
    }
  }

  @Test
  void theViewOfOneArticleIsTheOneTheListShows() {
    Map<String, ArticleView> views = entityViews();
    db.run(
        em -> {
          ArticleService service = new ArticleService();
          service.articles = NewsroomFixture.repository(em);
          for (String id : articles) {
            assertEquals(views.get(id), service.get(id));
          }
        });
  }

  @Test
  void searchCombinesWithTheOtherFilters() {
    String article = articles.get(3);
    Stream.of(0L, Long.MAX_VALUE)
        .forEach(
            sortAtMost -> {
              assertEquals(
                  List.of(article),
                  ids(list(new EditorialFilter(null, "kk", true, "outdated"), 0, 20, sortAtMost)));
              assertEquals(
                  List.of(),
                  ids(list(new EditorialFilter(null, "en", true, "outdated"), 0, 20, sortAtMost)));
              assertEquals(
                  List.of(article),
                  ids(
                      list(
                          new EditorialFilter(WorkflowState.PUBLISHED, null, null, "устарело"),
                          0,
                          20,
                          sortAtMost)));
            });
  }

  private static List<String> ids(Page<ArticleView> page) {
    return page.items().stream().map(ArticleView::id).toList();
  }
}
