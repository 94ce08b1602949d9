package dev.tilmash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.delivery.ContentSearchJpaTest;
import dev.tilmash.delivery.FoundArticle;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Remembered search answers against the real index: given again while the index is unchanged, and
 * never once a publish, unpublish or archive has committed, even one that committed while the
 * remembered answer was being computed.
 */
class RememberedSearchesJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final RememberedSearches.Question CORRIDOR =
      new RememberedSearches.Question(
          "corridor", "en", new PageRequest(0, 20), URI.create("http://cms/api/v1/"));

  private final AtomicInteger searches = new AtomicInteger();
  private NewsroomFixture newsroom;
  private RememberedSearches remembered;

  @BeforeEach
  void setUp() {
    newsroom = new NewsroomFixture(db);
    remembered = new RememberedSearches();
    remembered.factory = db.factory();
    remembered.settings = new SearchSettings();
    remembered.settings.cacheMaxBytes = 1 << 20;
    remembered.create();
  }

  private byte[] answer(RememberedSearches.Question question) {
    return remembered.answer(question, () -> search(question));
  }

  private Page<FoundArticle> search(RememberedSearches.Question question) {
    searches.incrementAndGet();
    return db.call(
        em ->
            ContentSearchJpaTest.contentSearch(em)
                .search(question.q(), question.lang(), question.page(), question.base()));
  }

  private static List<String> ids(byte[] json) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
      return reader.readObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
          .map(item -> item.getString("id"))
          .toList();
    }
  }

  @Test
  void shouldGiveTheSameAnswerWhileTheIndexIsUnchanged() {
    String id = newsroom.article("en", "corridor", "Middle Corridor opens");
    newsroom.publish(id, "en");

    byte[] first = answer(CORRIDOR);
    byte[] second = answer(CORRIDOR);

    assertEquals(List.of(id), ids(first));
    assertSame(first, second);
    assertEquals(1, searches.get());
  }

  @Test
  void shouldSearchAgainOncePublishUnpublishOrArchiveHasCommitted() {
    String id = newsroom.article("en", "corridor", "Middle Corridor opens");
    assertEquals(List.of(), ids(answer(CORRIDOR)));

    newsroom.publish(id, "en");
    assertEquals(List.of(id), ids(answer(CORRIDOR)));

    newsroom.step(id, "en", WorkflowAction.UNPUBLISH, NewsroomFixture.CHIEF);
    assertEquals(List.of(), ids(answer(CORRIDOR)));

    newsroom.publish(id, "en");
    assertEquals(List.of(id), ids(answer(CORRIDOR)));

    newsroom.step(id, "en", WorkflowAction.ARCHIVE, NewsroomFixture.CHIEF);
    assertEquals(List.of(), ids(answer(CORRIDOR)));
    assertEquals(5, searches.get());
  }

  @Test
  void shouldNotKeepAnAnswerPastAnUnpublishThatCommittedWhileItWasComputed() {
    String id = newsroom.article("en", "corridor", "Middle Corridor opens");
    newsroom.publish(id, "en");

    byte[] stale =
        remembered.answer(
            CORRIDOR,
            () -> {
              Page<FoundArticle> before = search(CORRIDOR);
              newsroom.step(id, "en", WorkflowAction.UNPUBLISH, NewsroomFixture.CHIEF);
              return before;
            });

    assertEquals(List.of(id), ids(stale));
    assertEquals(List.of(), ids(answer(CORRIDOR)));
  }

  @Test
  void shouldRememberEachQuestionApart() {
    String id = newsroom.article("en", "corridor", "Middle Corridor opens");
    newsroom.publish(id, "en");
    RememberedSearches.Question nextPage =
        new RememberedSearches.Question(
            CORRIDOR.q(), CORRIDOR.lang(), new PageRequest(1, 20), CORRIDOR.base());

    assertEquals(List.of(id), ids(answer(CORRIDOR)));
    assertEquals(List.of(), ids(answer(nextPage)));
    assertEquals(List.of(id), ids(answer(CORRIDOR)));
    assertEquals(2, searches.get());
  }
}
