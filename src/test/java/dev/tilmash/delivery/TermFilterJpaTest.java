package dev.tilmash.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.shared.JpaTestDatabase;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The delivery lists' tag and section filters as queries, on H2 and PostgreSQL: the list and its
 * total agree, with and without fallback.
 */
class TermFilterJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private NewsroomFixture newsroom;
  private String economy;
  private String other;

  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
    economy = newsroom.article("en", "grain", "Grain"); // tagged "news" by the fixture
    other = newsroom.article("en", "port", "Port");
    newsroom.publish(economy, "en");
    newsroom.publish(other, "en");
    db.run(
        em ->
            em.createNativeQuery("update article set section = 'economy' where id = :id")
                .setParameter("id", economy)
                .executeUpdate());
  }

  private <T> T query(Function<PublishedContent, T> work) {
    return db.call(
        em -> {
          PublishedContent published = new PublishedContent();
          published.em = em;
          return work.apply(published);
        });
  }

  private List<String> live(TermFilter filter) {
    return query(
        p -> p.liveIn("en", filter, 0, 20).stream().map(v -> v.article().id()).sorted().toList());
  }

  @Test
  void shouldListOnlyArticlesWithOneOfTheTagsAndInOneOfTheSections() {
    TermFilter section = new TermFilter(null, Set.of("economy"));
    assertEquals(List.of(economy), live(section));
    assertEquals(1L, (long) query(p -> p.countLiveIn("en", section)));

    TermFilter tagged = new TermFilter(Set.of("news", "unknown"), null);
    assertEquals(List.of(economy, other).stream().sorted().toList(), live(tagged));
    assertEquals(2L, (long) query(p -> p.countLiveIn("en", tagged)));

    TermFilter both = new TermFilter(Set.of("news"), Set.of("economy", "society"));
    assertEquals(List.of(economy), live(both));
    assertEquals(List.of(), live(new TermFilter(Set.of("unknown"), null)));
  }

  @Test
  void shouldFilterTheFallbackListToo() {
    List<String> chain = List.of("kk", "ru", "en");
    TermFilter section = new TermFilter(null, Set.of("economy"));
    assertEquals(List.of(economy), query(p -> p.articlesLiveInAny(chain, section, 0, 20)));
    assertEquals(1L, (long) query(p -> p.countArticlesLiveInAny(chain, section)));
    TermFilter none = new TermFilter(Set.of("unknown"), null);
    assertEquals(0L, (long) query(p -> p.countArticlesLiveInAny(chain, none)));
  }
}
