package dev.tilmash.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.delivery.ContentSearchJpaTest;
import dev.tilmash.delivery.FoundArticle;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.PageRequest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rebuilding the search index, on Hibernate with the real mapping and an index in memory: a rebuilt
 * index finds what the lost one found, and every document is in the current format.
 */
class IndexRebuildJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private NewsroomFixture newsroom;

  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
  }

  private List<String> ids(String q, String lang) {
    return db
        .call(
            em ->
                ContentSearchJpaTest.contentSearch(em)
                    .search(q, lang, new PageRequest(0, 20), URI.create("http://cms/api/v1/")))
        .items()
        .stream()
        .map(FoundArticle::id)
        .toList();
  }

  private String published(String language, String slug, String title) {
    String id = newsroom.article(language, slug, title);
    newsroom.publish(id, language);
    return id;
  }

  @Test
  void shouldRebuildAnIndexThatLostItsDocuments() {
    String id = published("en", "rebuilt", "Rebuilt corridor");
    newsroom.article("en", "draft-rebuilt", "Draft corridor");
    db.run(em -> IndexRebuild.using(em).purge());
    assertEquals(List.of(), ids("corridor", "en"));

    // As SearchIndexCheck runs it: each batch, and the final commit, in a transaction of its own.
    Long last = null;
    do {
      Long after = last;
      last = db.call(em -> IndexRebuild.using(em).indexAfter(after));
    } while (last != null);
    db.run(em -> IndexRebuild.using(em).finish());

    long indexed = db.call(em -> IndexRebuild.using(em).storedVersions());
    assertEquals(2, indexed);
    long afterwards = db.call(em -> IndexRebuild.using(em).indexedVersions());
    assertEquals(2, afterwards);
    assertEquals(List.of(id), ids("corridor", "en"));
  }

  @Test
  void shouldWriteEveryDocumentInTheCurrentFormat() {
    published("en", "current", "Current corridor");
    newsroom.article("en", "draft-current", "Draft corridor");

    long current = db.call(em -> IndexRebuild.using(em).currentVersions());
    long indexed = db.call(em -> IndexRebuild.using(em).indexedVersions());

    assertEquals(2, current);
    assertEquals(2, indexed);
  }
}
