package dev.tilmash.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.article.ArticleRepository;
import dev.tilmash.article.Derivation;
import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.article.VersionContent;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The work queues measure a derived version (uz-Cyrl) against its sibling (uz), not the source, in
 * the query and in the items it returns.
 */
class DerivedWorkQueuesJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final LanguageSet LANGUAGES =
      LanguageSet.of(
          List.of("en", "uz", "uz-Cyrl"),
          "en",
          Map.of("uz-Cyrl", List.of("uz", "en")),
          Map.of("uz-Cyrl", "uz"));

  private static final Actor CYRILLIC =
      new Actor("translator-uz-Cyrl", Set.of(Role.TRANSLATOR), Set.of("uz-Cyrl"));

  private NewsroomFixture newsroom;
  private String article;

  @BeforeEach
  void aPublishedDerivedVersion() {
    newsroom = new NewsroomFixture(db);
    article = newsroom.article("en", "trade", "Trade forum");
    newsroom.publish(article, "en");
    newsroom.translation(article, "uz", "savdo", "Savdo forumi", 1);
    newsroom.publish(article, "uz");
    newsroom.translation(article, "uz-Cyrl", "savdo-cyrl", "Савдо", 1);
    derive(1, "Савдо форуми");
    newsroom.publish(article, "uz-Cyrl");
  }

  private void derive(int siblingRevision, String title) {
    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          repository.store(
              repository
                  .lockVersion(article, "uz-Cyrl")
                  .orElseThrow()
                  .derive(
                      NewsroomFixture.EDITOR,
                      new VersionContent(title, "", "Матн"),
                      new Derivation("uz", siblingRevision),
                      1,
                      "uz_Latn-uz_Cyrl",
                      newsroom.tick()));
        });
  }

  private <T> T queues(Function<WorkQueues, T> work) {
    return db.call(
        em -> {
          WorkQueueQuery query = new WorkQueueQuery();
          query.em = em;
          WorkQueues queues = new WorkQueues();
          queues.query = query;
          queues.languages = LANGUAGES;
          return work.apply(queues);
        });
  }

  private List<MyWorkItem> myWork() {
    return queues(q -> q.myWork(WorkScope.of(CYRILLIC), new PageRequest(0, 20))).items();
  }

  @Test
  void shouldGiveNoWorkWhileTheSiblingIsUnchanged() {
    assertEquals(List.of(), myWork());
  }

  @Test
  void shouldNotOutdateTheDerivedVersionWhenOnlyTheSourceChanges() {
    newsroom.edit(article, "en", "Trade forum opens");
    newsroom.publish(article, "en");

    assertEquals(List.of(), myWork());
  }

  @Test
  void shouldListTheDerivedVersionAsOutdatedOnceTheSiblingIsRepublished() {
    newsroom.edit(article, "uz", "Savdo forumi ochildi");
    newsroom.publish(article, "uz");

    List<MyWorkItem> work = myWork();

    assertEquals(1, work.size());
    MyWorkItem item = work.get(0);
    assertEquals("uz-Cyrl", item.language());
    assertTrue(item.outdated());
    assertEquals("uz", item.derivedFrom());
    assertEquals(1, item.basedOnSourceRevision(), "the sibling revision it was derived from");
    assertEquals(2, item.sourceRevision(), "the sibling's newest major revision");
  }

  @Test
  void shouldShowARegeneratedVersionInReviewAsCurrent() {
    newsroom.edit(article, "uz", "Savdo forumi ochildi");
    newsroom.publish(article, "uz");
    derive(2, "Савдо форуми очилди");
    newsroom.step(article, "uz-Cyrl", WorkflowAction.SUBMIT, NewsroomFixture.EDITOR);

    List<ReviewQueueItem> review =
        queues(q -> q.reviewQueue("uz-Cyrl", new PageRequest(0, 20))).items();

    assertEquals(1, review.size());
    assertFalse(review.get(0).outdated());
    assertEquals(List.of(), myWork(), "in review, current: nothing to do for the translator");
  }
}
