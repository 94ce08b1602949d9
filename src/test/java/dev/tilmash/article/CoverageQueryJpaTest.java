package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.shared.JpaTestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The coverage figures, counted by real queries on the migrated schema. */
class CoverageQueryJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private NewsroomFixture newsroom;

  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
  }

  private Coverage coverage(String... languages) {
    return db.call(
        em -> {
          CoverageQuery query = new CoverageQuery();
          query.em = em;
          return query.count(List.of(languages));
        });
  }

  private static Coverage.LanguageCoverage figures(
      String language,
      long published,
      long inProgress,
      long missing,
      long archived,
      long outdated) {
    return new Coverage.LanguageCoverage(
        language, published, inProgress, missing, archived, outdated);
  }

  @Test
  void shouldCountEveryLanguageOfAnEmptyNewsroomAsMissingNothing() {
    assertEquals(new Coverage(0, List.of(figures("en", 0, 0, 0, 0, 0))), coverage("en"));
  }

  @Test
  void shouldCountPublishedInProgressMissingArchivedAndOutdated() {
    // live in en and ru; then a major English revision outdates the Russian translation
    String outdated = newsroom.article("en", "outdated", "Outdated");
    newsroom.publish(outdated, "en");
    newsroom.translation(outdated, "ru", "ustarelo", "Устарело", 1);
    newsroom.publish(outdated, "ru");
    newsroom.edit(outdated, "en", "Outdated, rewritten");
    newsroom.publish(outdated, "en", false);
    // en live; ru a draft of the current source; kk archived
    String current = newsroom.article("en", "current", "Current");
    newsroom.publish(current, "en");
    newsroom.translation(current, "ru", "aktualno", "Актуально", 1);
    newsroom.translation(current, "kk", "ózekti", "Өзекті", 1);
    newsroom.step(current, "kk", WorkflowAction.ARCHIVE, NewsroomFixture.EDITOR);
    // en only, never published
    newsroom.article("en", "draft", "Draft");

    Coverage coverage = coverage("en", "ru", "kk", "zh");

    assertEquals(3, coverage.articles());
    assertEquals(
        List.of(
            figures("en", 2, 1, 0, 0, 0),
            figures("ru", 1, 1, 1, 0, 1),
            figures("kk", 0, 0, 2, 1, 0),
            figures("zh", 0, 0, 3, 0, 0)),
        coverage.languages());
  }

  @Test
  void shouldStillCountAPublishedVersionThatIsBeingRevisedAsPublished() {
    String article = newsroom.article("en", "revised", "Revised");
    newsroom.publish(article, "en");
    newsroom.edit(article, "en", "Revised again");

    assertEquals(List.of(figures("en", 1, 0, 0, 0, 0)), coverage("en").languages());
  }
}
