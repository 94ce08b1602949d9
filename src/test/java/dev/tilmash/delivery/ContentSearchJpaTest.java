package dev.tilmash.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.search.LuceneSearchIndex;
import dev.tilmash.search.SearchText;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import dev.tilmash.vocabulary.LocalizedTerm;
import dev.tilmash.vocabulary.Vocabulary;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Search over what the workflow publishes, on Hibernate with the real mapping and an index in
 * memory: the index follows publish, unpublish and archive as the transactions commit.
 */
public class ContentSearchJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final LanguageSet LANGUAGES =
      LanguageSet.of(
          List.of("en", "ru", "kk", "uz", "zh"),
          "en",
          Map.of("ru", List.of("en"), "kk", List.of("ru", "en"), "uz", List.of("ru", "en")),
          Map.of());

  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  private NewsroomFixture newsroom;

  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
  }

  private Page<FoundArticle> search(String q, String lang, int page, int size) {
    return db.call(
        em ->
            contentSearch(em)
                .search(q, lang, new PageRequest(page, size), URI.create("http://cms/api/v1/")));
  }

  /** The search as the container builds it, on {@code em}, with the five languages, in Almaty. */
  public static ContentSearch contentSearch(EntityManager em) {
    ContentSearch search = new ContentSearch();
    search.index = LuceneSearchIndex.using(em);
    search.languages = LANGUAGES;
    search.vocabulary = Vocabulary.using(em, LANGUAGES);
    search.settings =
        new DeliverySettings() {
          @Override
          public ZoneId zone() {
            return ALMATY;
          }
        };
    return search;
  }

  private List<String> ids(String q, String lang) {
    return search(q, lang, 0, 20).items().stream().map(FoundArticle::id).toList();
  }

  private String published(String language, String slug, String title) {
    String id = newsroom.article(language, slug, title);
    newsroom.publish(id, language);
    return id;
  }

  @Test
  void shouldFindOnlyWhatIsLive() {
    String live = published("en", "live", "Middle Corridor opens");
    newsroom.article("en", "draft", "Corridor draft");

    assertEquals(List.of(live), ids("corridor", "en"));

    newsroom.step(live, "en", WorkflowAction.UNPUBLISH, NewsroomFixture.CHIEF);
    assertEquals(List.of(), ids("corridor", "en"));

    newsroom.publish(live, "en");
    assertEquals(List.of(live), ids("corridor", null));

    newsroom.step(live, "en", WorkflowAction.ARCHIVE, NewsroomFixture.CHIEF);
    assertEquals(List.of(), ids("corridor", null));
  }

  @Test
  void shouldKeepTheLiveWordsWhileANewRevisionIsDrafted() {
    String id = published("en", "grain", "Grain exports rise");
    newsroom.edit(id, "en", "Cotton exports fall");

    assertEquals(List.of(id), ids("grain", "en"));
    assertEquals(List.of(), ids("cotton", "en"));
  }

  @Test
  void shouldStemRussianAndHighlightTheMatch() {
    String id = published("ru", "koridor", "Средний коридор");

    FoundArticle found = search("коридоры", "ru", 0, 20).items().get(0);

    assertEquals(id, found.id());
    assertEquals("ru", found.language());
    assertEquals(List.of("Средний <mark>коридор</mark>"), found.highlights().get("title"));
    assertEquals("http://cms/api/v1/content/articles/koridor?lang=ru", found.url());
  }

  @Test
  void shouldFindLatinUzbekWithACyrillicQueryAndTheOtherWayRound() {
    assertScriptsMeet(
        "Oʻzbekiston yoʻllari",
        "Тошкент шаҳри",
        "Ўзбекистон",
        "Toshkent shahri",
        "ЎЗБЕКИСТОН",
        "<mark>Oʻzbekiston</mark> yoʻllari");
  }

  @Test
  void shouldHighlightTheFieldThatMatchedMostWords() {
    published("uz", "yollar", "Oʻzbekiston yoʻllari");

    assertEquals(
        List.of("<mark>Oʻzbekiston</mark> <mark>yoʻllari</mark>"),
        search("Ўзбекистон yoʻllari", "uz", 0, 20).items().get(0).highlights().get("title"));
  }

  @Test
  void shouldMeetAWordInitialUzbekYeInBothScripts() {
    assertScriptsMeet(
        "Yer yuzi", "Европа йўллари", "Ер", "Yevropa", "yevropa", "<mark>Европа</mark> йўллари");
  }

  /**
   * A Latin and a Cyrillic Uzbek title: each script's query finds the other's, and {@code
   * highlighted} finds one of them with the title marked as written.
   */
  private void assertScriptsMeet(
      String latinTitle,
      String cyrillicTitle,
      String cyrillicQuery,
      String latinQuery,
      String highlighted,
      String highlight) {
    String latin = published("uz", "latin", latinTitle);
    String cyrillic = published("uz", "cyrillic", cyrillicTitle);

    assertEquals(List.of(latin), ids(cyrillicQuery, "uz"));
    assertEquals(List.of(cyrillic), ids(latinQuery, "uz-Latn"));
    assertEquals(
        List.of(highlight),
        search(highlighted, "uz", 0, 20).items().get(0).highlights().get("title"));
  }

  @Test
  void shouldFindChineseWords() {
    String id = published("zh", "zhongya", "中亚交通走廊");

    assertEquals(List.of(id), ids("中亚", "zh"));
    assertEquals(List.of(id), ids("走廊", null));
  }

  @Test
  void shouldEscapeTextAroundTheHighlights() {
    published("en", "angle", "Exports <up> & away");

    assertEquals(
        List.of("<mark>Exports</mark> &lt;up&gt; &amp; away"),
        search("exports", "en", 0, 20).items().get(0).highlights().get("title"));
  }

  @Test
  void shouldPageAndRankEqualMatchesNewestFirst() {
    String first = published("en", "t1", "Trade report one");
    String second = published("en", "t2", "Trade report two");
    String third = published("en", "t3", "Trade report three");

    Page<FoundArticle> page0 = search("trade", "en", 0, 2);
    Page<FoundArticle> page1 = search("trade", "en", 1, 2);

    assertEquals(3, page0.total());
    assertEquals(List.of(third, second), page0.items().stream().map(FoundArticle::id).toList());
    assertEquals(List.of(first), page1.items().stream().map(FoundArticle::id).toList());
  }

  @Test
  void shouldSearchOnlyTheLanguageAskedFor() {
    published("en", "corridor-en", "Corridor");
    String russian = published("ru", "corridor-ru", "Коридор");

    assertEquals(List.of(russian), ids("коридор", "ru"));
    assertEquals(List.of(), ids("коридор", "en"));
  }

  @Test
  void shouldShowWhatADeliveryListShows() {
    String id = published("ru", "torgovlya", "Торговля растёт");

    FoundArticle found = search("торговля", "ru", 0, 20).items().get(0);

    Instant publishedAt =
        db.call(
            em ->
                em.createQuery(
                        "select v.publishedAt from LanguageVersion v"
                            + " where v.article.id = :id and v.language = 'ru'",
                        Instant.class)
                    .setParameter("id", id)
                    .getSingleResult());
    assertEquals(
        new FoundArticle(
            id,
            "ru",
            false,
            "Торговля растёт",
            "Summary of Торговля растёт",
            "torgovlya",
            List.of(new LocalizedTerm("news", "news", "news")),
            null,
            publishedAt,
            PublishedDates.format(publishedAt, ULocale.forLanguageTag("ru"), ALMATY),
            "http://cms/api/v1/content/articles/torgovlya?lang=ru",
            found.highlights()),
        found);
    assertEquals(List.of("<mark>Торговля</mark> растёт"), found.highlights().get("title"));
  }

  @Test
  void shouldAnswerFromTheIndexWithoutReadingTheDatabase() {
    String id = published("en", "indexed", "Corridor figures");
    // Behind Hibernate's back: a search that read the rows would show this title.
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("update revision set title = 'Changed in SQL'");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }

    FoundArticle found = search("corridor", "en", 0, 20).items().get(0);

    assertEquals(id, found.id());
    assertEquals("Corridor figures", found.title());
  }

  @Test
  void shouldFollowANewSlug() {
    String id = published("en", "old-slug", "Corridor tariffs");
    newsroom.changeSlug(id, "en", "new-slug");

    FoundArticle found = search("corridor", "en", 0, 20).items().get(0);

    assertEquals("new-slug", found.slug());
    assertEquals("http://cms/api/v1/content/articles/new-slug?lang=en", found.url());
  }

  @Test
  void shouldRefuseBlankAndOversizedQueries() {
    for (String q : new String[] {null, "", "   ", "x".repeat(SearchText.MAX_LENGTH + 1)}) {
      ProblemException refused = assertThrows(ProblemException.class, () -> search(q, "en", 0, 5));
      assertEquals(ProblemType.INVALID_SEARCH_QUERY, refused.type());
    }
    assertTrue(search("x".repeat(SearchText.MAX_LENGTH), "en", 0, 5).items().isEmpty());
  }

  @Test
  void shouldRefuseUnsupportedLanguagesAsDeliveryDoes() {
    ProblemException refused = assertThrows(ProblemException.class, () -> search("x", "fr", 0, 5));
    assertEquals(ProblemType.UNSUPPORTED_LANGUAGE, refused.type());
  }
}
