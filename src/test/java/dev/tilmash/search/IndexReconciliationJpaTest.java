package dev.tilmash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.delivery.ContentSearchJpaTest;
import dev.tilmash.delivery.FoundArticle;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.PageRequest;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The search index after a crash between commits and their index writes, on Hibernate with the real
 * mapping (and, in the pom's run on OpenSearch, the outbox): the writes are made through a factory
 * whose indexing is off, so they commit and the index never hears of them; the start-up
 * reconciliation then makes search complete and correct again, touching only what differs.
 */
class IndexReconciliationJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private NewsroomFixture newsroom;

  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
  }

  private Set<String> found(String q) {
    return db
        .call(
            em ->
                ContentSearchJpaTest.contentSearch(em)
                    .search(q, "en", new PageRequest(0, 20), URI.create("http://cms/api/v1/")))
        .items()
        .stream()
        .map(FoundArticle::id)
        .collect(Collectors.toSet());
  }

  private static String published(NewsroomFixture newsroom, String slug, String title) {
    String id = newsroom.article("en", slug, title);
    newsroom.publish(id, "en");
    return id;
  }

  /** Every batch as SearchIndexCheck runs them, each in a transaction of its own. */
  private static SearchIndexCheck.Outcome reconcile() {
    return SearchIndexCheck.reconcile(
        after -> db.call(em -> IndexReconciliation.using(em).after(after)));
  }

  @Test
  void shouldRepairWritesWhoseIndexingWasLostAndNothingElse() {
    String kept = published(newsroom, "kept", "Kept corridor");
    String unpublished = published(newsroom, "unpublished", "Unpublished corridor");
    String added;
    try (JpaTestDatabase crashed = db.withoutIndexing()) {
      NewsroomFixture lost = new NewsroomFixture(crashed);
      added = published(lost, "added", "Added corridor");
      lost.step(unpublished, "en", WorkflowAction.UNPUBLISH, NewsroomFixture.CHIEF);
    }
    // What the crash left: the new article missing, the unpublished one still live.
    assertEquals(Set.of(kept, unpublished), found("corridor"));

    SearchIndexCheck.Outcome outcome = reconcile();

    assertEquals(2, outcome.reindexed());
    assertEquals(0, outcome.removed());
    assertEquals(Set.of(kept, added), found("corridor"));
    assertEquals(Set.of(added), found("added"));
    assertEquals(Set.of(), found("unpublished"));
    assertEquals(0, reconcile().reindexed());
  }

  @Test
  void shouldReindexALostIndexInPlace() {
    String first = published(newsroom, "first", "First corridor");
    String second = published(newsroom, "second", "Second corridor");
    newsroom.article("en", "draft", "Draft corridor");
    db.run(em -> IndexRebuild.using(em).purge());
    assertEquals(Set.of(), found("corridor"));

    SearchIndexCheck.Outcome outcome = reconcile();

    assertEquals(3, outcome.reindexed());
    assertEquals(Set.of(first, second), found("corridor"));
    long current = db.call(em -> IndexRebuild.using(em).currentVersions());
    assertEquals(3, current);
  }

  @Test
  void shouldLeaveAnIndexThatHoldsEveryVersionAlone() {
    published(newsroom, "whole", "Whole corridor");
    newsroom.article("en", "draft-whole", "Draft corridor");

    SearchIndexCheck.Outcome outcome = reconcile();

    assertEquals(0, outcome.reindexed());
    assertEquals(0, outcome.removed());
  }
}
