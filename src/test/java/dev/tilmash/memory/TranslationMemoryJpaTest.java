package dev.tilmash.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.article.NewsroomFixture;
import dev.tilmash.article.VersionContent;
import dev.tilmash.article.WorkflowAction;
import dev.tilmash.shared.JpaTestDatabase;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Feeding the memory from the workflow, and exact and fuzzy lookups, on Hibernate and H2. */
class TranslationMemoryJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  static final VersionContent ENGLISH =
      new VersionContent(
          "Grain exports through Aktau",
          "Kazakhstan ships more grain across the Caspian.",
          """
          ## Figures

          The port of Aktau handled four million tonnes of grain last year. \
          Exports to Azerbaijan doubled.

          - new ferries
          - longer trains
          """);

  static final VersionContent RUSSIAN =
      new VersionContent(
          "Экспорт зерна через Актау",
          "Казахстан отправляет больше зерна через Каспий.",
          """
          ## Цифры

          Порт Актау в прошлом году перевалил четыре миллиона тонн зерна. \
          Экспорт в Азербайджан удвоился.

          - новые паромы
          - более длинные поезда
          """);

  private MemoryNewsroom newsroom;

  @BeforeEach
  void newsroom() {
    newsroom = new MemoryNewsroom(db);
  }

  private static MemorySettings settings() {
    return MemorySettings.of(0.75, 5, 1_000_000, 10);
  }

  private static <T> T lookUp(Function<TranslationMemory, T> lookup) {
    return db.call(
        em -> {
          MemoryStore store = MemoryNewsroom.store(em);
          return lookup.apply(
              TranslationMemoryService.of(store, FuzzyIndexes.of(settings(), store)));
        });
  }

  private String russianInReview() {
    String id = newsroom.publishedArticle("en", "grain", ENGLISH);
    newsroom.translate(id, "ru", "zerno", RUSSIAN);
    newsroom.step(id, "ru", WorkflowAction.SUBMIT, NewsroomFixture.translator("ru"));
    return id;
  }

  @Test
  void shouldNeverRememberADraftOrATranslationInReview() {
    String id = russianInReview();

    assertEquals(0, newsroom.remembered());
    assertTrue(lookUp(tm -> tm.exact("en", "ru", "new ferries")).isEmpty());
    assertTrue(lookUp(tm -> tm.fuzzy("en", "ru", "new ferries", 0.5, 5)).isEmpty());
  }

  @Test
  void shouldNotRememberTheDraftOfANewRevisionOfAPublishedTranslation() {
    String id = russianInReview();
    newsroom.step(id, "ru", WorkflowAction.APPROVE, NewsroomFixture.CHIEF);
    newsroom.step(id, "ru", WorkflowAction.PUBLISH, NewsroomFixture.CHIEF);
    VersionContent revised =
        new VersionContent(RUSSIAN.title(), "Черновик, который никто не утвердил.", RUSSIAN.body());

    newsroom.edit(id, "ru", revised, 2, NewsroomFixture.translator("ru"));

    assertEquals(7, newsroom.remembered());
    assertTrue(
        lookUp(tm -> tm.fuzzy("en", "ru", ENGLISH.summary(), 0.75, 5)).stream()
            .noneMatch(match -> match.targetText().contains("Черновик")));
  }

  @Test
  void shouldRememberEverySegmentPairOfAnApprovedTranslation() {
    String id = russianInReview();

    int remembered = newsroom.step(id, "ru", WorkflowAction.APPROVE, NewsroomFixture.CHIEF);

    assertEquals(7, remembered);
    assertEquals(7, newsroom.remembered());
    Optional<TranslationMemory.Match> match =
        lookUp(tm -> tm.exact("en", "ru", "Exports to Azerbaijan doubled."));
    assertEquals(
        Optional.of(
            new TranslationMemory.Match(
                "Exports to Azerbaijan doubled.",
                "Экспорт в Азербайджан удвоился.",
                1.0,
                id,
                "ru",
                2)),
        match);
  }

  @Test
  void shouldNotRememberThePairsAgainWhenTheApprovedRevisionIsPublished() {
    String id = russianInReview();
    newsroom.step(id, "ru", WorkflowAction.APPROVE, NewsroomFixture.CHIEF);

    int again = newsroom.step(id, "ru", WorkflowAction.PUBLISH, NewsroomFixture.CHIEF);

    assertEquals(0, again);
    assertEquals(7, newsroom.remembered());
  }

  @Test
  void shouldRememberOnlyTheNewPairsOfASecondArticle() {
    String first = russianInReview();
    newsroom.step(first, "ru", WorkflowAction.APPROVE, NewsroomFixture.CHIEF);
    VersionContent english =
        new VersionContent("Grain exports through Aktau", "", "- new ferries\n- faster customs\n");
    VersionContent russian =
        new VersionContent("Экспорт зерна через Актау", "", "- новые паромы\n- быстрая таможня\n");
    String second = newsroom.publishedArticle("en", "grain-2", english);
    newsroom.translate(second, "ru", "zerno-2", russian);

    assertEquals(1, newsroom.publishTranslation(second, "ru"));
    assertEquals(8, newsroom.remembered());
  }

  @Test
  void shouldNotFeedFromTheSourceVersion() {
    String id = newsroom.draftArticle("en", "grain", ENGLISH);

    assertEquals(0, newsroom.step(id, "en", WorkflowAction.SUBMIT, NewsroomFixture.EDITOR));
    assertEquals(0, newsroom.step(id, "en", WorkflowAction.APPROVE, NewsroomFixture.CHIEF));
    assertEquals(0, newsroom.step(id, "en", WorkflowAction.PUBLISH, NewsroomFixture.CHIEF));
    assertEquals(0, newsroom.remembered());
  }

  @Test
  void shouldFindAnExactMatchWhateverTheCaseAndSpacing() {
    String id = russianInReview();
    newsroom.step(id, "ru", WorkflowAction.APPROVE, NewsroomFixture.CHIEF);

    Optional<TranslationMemory.Match> match =
        lookUp(tm -> tm.exact("en", "ru", "  exports TO azerbaijan\n doubled. "));

    assertEquals("Экспорт в Азербайджан удвоился.", match.orElseThrow().targetText());
    assertTrue(lookUp(tm -> tm.exact("en", "kk", "Exports to Azerbaijan doubled.")).isEmpty());
    assertTrue(lookUp(tm -> tm.exact("en", "ru", "Exports to Azerbaijan tripled.")).isEmpty());
  }

  @Test
  void shouldFindAFuzzyMatchForASlightlyChangedSentence() {
    String id = russianInReview();
    newsroom.step(id, "ru", WorkflowAction.APPROVE, NewsroomFixture.CHIEF);

    List<TranslationMemory.Match> matches =
        lookUp(
            tm ->
                tm.fuzzy(
                    "en",
                    "ru",
                    "The port of Kuryk handled four million tonnes of grain last year.",
                    0.75,
                    5));

    assertEquals(1, matches.size(), matches::toString);
    TranslationMemory.Match match = matches.get(0);
    assertEquals(
        "Порт Актау в прошлом году перевалил четыре миллиона тонн зерна.", match.targetText());
    assertEquals(1 - 1 / 12.0, match.similarity(), 1e-9);
    assertEquals(id, match.articleId());
    assertEquals(2, match.revision());
    assertTrue(
        lookUp(tm -> tm.fuzzy("en", "ru", "The port of Kuryk handled wheat.", 0.75, 5)).isEmpty());
  }

  @Test
  void shouldTakeCommittedSegmentsIntoACachedIndex() {
    String first = russianInReview();
    newsroom.step(first, "ru", WorkflowAction.APPROVE, NewsroomFixture.CHIEF);
    FuzzyIndexes indexes =
        db.call(
            em -> {
              FuzzyIndexes cached = FuzzyIndexes.of(settings(), MemoryNewsroom.store(em));
              assertEquals(7, cached.of(new LanguagePair("en", "ru")).size());
              return cached;
            });

    indexes.remembered(
        new SegmentsRemembered(
            new LanguagePair("en", "ru"),
            List.of(new SegmentsRemembered.Added(999, List.of("faster", "customs")))));
    indexes.remembered(
        new SegmentsRemembered(
            new LanguagePair("en", "kk"),
            List.of(new SegmentsRemembered.Added(998, List.of("x")))));

    FuzzyIndex index = indexes.of(new LanguagePair("en", "ru"));
    assertEquals(8, index.size());
    assertEquals(999, index.search(List.of("faster", "customs"), 0.75, 1).get(0).id());
  }
}
