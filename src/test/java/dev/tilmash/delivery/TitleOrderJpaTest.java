package dev.tilmash.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.search.IndexedVersion;
import dev.tilmash.search.LuceneSearchIndex;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The title order of the delivery list, as the index sorts it on the collation keys computed in
 * Java: the same on the embedded index and on OpenSearch.
 */
class TitleOrderJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  @Test
  void shouldListTitlesInTheCollationOrderOfTheirLanguage() {
    NewsroomFixture newsroom = new NewsroomFixture(db);
    List<String> titles = List.of("Ғалым", "Әуе", "Газ", "Бала", "Арал");
    for (int i = 0; i < titles.size(); i++) {
      String id = newsroom.article("kk", "kk-" + i, titles.get(i));
      newsroom.publish(id, "kk");
    }
    newsroom.publish(newsroom.article("ru", "ru-title", "Аэропорт"), "ru");

    List<String> listed =
        db
            .call(em -> LuceneSearchIndex.using(em).byTitle("kk", new PageRequest(0, 20)))
            .items()
            .stream()
            .map(IndexedVersion::title)
            .toList();

    assertEquals(List.of("Арал", "Әуе", "Бала", "Газ", "Ғалым"), listed);
  }
}
