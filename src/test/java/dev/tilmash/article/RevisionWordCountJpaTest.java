package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tilmash.shared.JpaTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A revision's word count is counted once, when it is written, and stored (migration V9); delivery
 * reads it instead of counting on every miss. A revision written before that is counted on its
 * first read in a transaction, and the count is kept.
 */
class RevisionWordCountJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private NewsroomFixture newsroom;

  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
  }

  @Test
  void shouldStoreTheWordCountOfTheBodyWithTheRevision() {
    String article = newsroom.article("en", "counted", "Grain exports rise");

    // "Body of *Grain exports rise*." is five words
    assertEquals(5, storedCount(article));
    db.run(
        em ->
            assertEquals(
                5,
                NewsroomFixture.repository(em)
                    .version(article, "en")
                    .orElseThrow()
                    .working()
                    .wordCount()));
  }

  @Test
  void shouldCountAndKeepTheWordsOfARevisionWrittenBeforeCountsWereStored() {
    String article = newsroom.article("en", "legacy", "Old news");
    db.run(em -> em.createNativeQuery("update revision set word_count = null").executeUpdate());
    assertNull(storedCount(article));

    int counted =
        db.call(
            em ->
                NewsroomFixture.repository(em)
                    .version(article, "en")
                    .orElseThrow()
                    .working()
                    .wordCount());

    assertEquals(4, counted);
    assertEquals(4, storedCount(article));
  }

  private static Integer storedCount(String article) {
    return db.call(
        em -> {
          Object count =
              em.createNativeQuery(
                      "select r.word_count from revision r join language_version v"
                          + " on r.language_version_id = v.id where v.article_id = ?1")
                  .setParameter(1, article)
                  .getSingleResult();
          return count == null ? null : ((Number) count).intValue();
        });
  }
}
