package dev.tilmash.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.audit.AuditLogs;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.language.LanguageSets;
import dev.tilmash.shared.IfMatch;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The vocabulary on Hibernate with the real schema: slugs chosen and checked per kind and language,
 * optimistic locking by ETag, terms in use kept, every change announced, and what readers see
 * following a change at once.
 */
class VocabularyServiceJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final LanguageSet LANGUAGES = LanguageSets.basic();
  private static final Actor EDITOR = new Actor("erin", Set.of(Role.EDITOR), Set.of());
  private static final Actor TRANSLATOR = new Actor("tom", Set.of(Role.TRANSLATOR), Set.of("kk"));

  private final List<VocabularyChanged> announced = new ArrayList<>();
  private long articlesUsing;

  private <T> T withService(Function<VocabularyService, T> work) {
    return db.call(
        em -> {
          VocabularyService service = new VocabularyService();
          service.em = em;
          service.labels = new TermLabels();
          service.labels.em = em;
          service.labels.languages = LANGUAGES;
          service.usage = (kind, key) -> articlesUsing;
          service.audit = AuditLogs.writingTo(em);
          service.changed = new RecordedEvents<>(announced);
          service.clock = Clock.systemUTC();
          return work.apply(service);
        });
  }

  private static TermInput trade() {
    return new TermInput(
        "trade",
        List.of(
            new LabelInput("en", "Trade", null),
            new LabelInput("ru", "Торговля", null),
            new LabelInput("kk", "Сауда", null),
            new LabelInput("uz", "Savdo", null),
            new LabelInput("zh", "贸易", null)));
  }

  @Test
  void shouldMakeSlugsFromTheLabelsAsForArticles() {
    TermView view = withService(s -> s.create(EDITOR, TermKind.TAG, trade())).view();

    assertEquals(
        List.of(
            new TermView.Label("en", "Trade", "trade"),
            new TermView.Label("kk", "Сауда", "sauda"),
            new TermView.Label("ru", "Торговля", "torgovlya"),
            new TermView.Label("uz", "Savdo", "savdo"),
            new TermView.Label("zh", "贸易", "mao-yi")),
        view.labels());
    assertEquals(List.of(new VocabularyChanged(TermKind.TAG, "trade")), announced);
  }

  @Test
  void shouldNumberAMadeSlugThatIsTakenAndRefuseAnAskedOne() {
    withService(s -> s.create(EDITOR, TermKind.TAG, trade()));
    TermInput sameLabel =
        new TermInput("commerce", List.of(new LabelInput("ru", "Торговля", null)));
    assertEquals(
        "torgovlya-2",
        withService(s -> s.create(EDITOR, TermKind.TAG, sameLabel)).view().labels().get(0).slug());

    TermInput askedSlug =
        new TermInput("exchange", List.of(new LabelInput("kk", "Айырбас", "sauda")));
    ProblemException taken =
        assertThrows(
            ProblemException.class,
            () -> withService(s -> s.create(EDITOR, TermKind.TAG, askedSlug)));
    assertEquals(ProblemType.TERM_SLUG_TAKEN, taken.type());
    assertEquals("kk", taken.arguments().get("language"));
    // a section is another kind: the same slug is free there
    withService(s -> s.create(EDITOR, TermKind.SECTION, askedSlug));
  }

  @Test
  void shouldRefuseADuplicateKeyOrLanguageAndATranslator() {
    withService(s -> s.create(EDITOR, TermKind.TAG, trade()));
    assertEquals(
        ProblemType.TERM_EXISTS,
        assertThrows(
                ProblemException.class,
                () -> withService(s -> s.create(EDITOR, TermKind.TAG, trade())))
            .type());
    TermInput twice =
        new TermInput(
            "water",
            List.of(new LabelInput("ru", "Вода", null), new LabelInput("RU", "Вода", null)));
    ProblemException duplicate =
        assertThrows(
            ProblemException.class, () -> withService(s -> s.create(EDITOR, TermKind.TAG, twice)));
    assertEquals(ProblemType.INVALID_FIELD, duplicate.type());
    assertEquals(List.of("labels/1/language"), duplicate.arguments().get("fields"));
    assertEquals(
        ProblemType.MISSING_ROLE,
        assertThrows(
                ProblemException.class,
                () -> withService(s -> s.create(TRANSLATOR, TermKind.TAG, trade())))
            .type());
  }

  @Test
  void shouldRelabelOnlyWithTheCurrentEtag() {
    String etag = withService(s -> s.create(EDITOR, TermKind.TAG, trade())).etag();
    TermInput kazakhOnly = new TermInput(null, List.of(new LabelInput("kk", "Сауда-саттық", null)));

    TermView.Tagged changed =
        withService(s -> s.change(EDITOR, TermKind.TAG, "trade", kazakhOnly, IfMatch.of(etag)));

    assertNotEquals(etag, changed.etag());
    assertEquals(
        List.of(new TermView.Label("kk", "Сауда-саттық", "sauda-sattyq")), changed.view().labels());
    assertEquals(
        ProblemType.STALE_ETAG,
        assertThrows(
                ProblemException.class,
                () ->
                    withService(
                        s -> s.change(EDITOR, TermKind.TAG, "trade", kazakhOnly, IfMatch.of(etag))))
            .type());
    assertEquals(
        ProblemType.PRECONDITION_REQUIRED,
        assertThrows(
                ProblemException.class,
                () ->
                    withService(
                        s -> s.change(EDITOR, TermKind.TAG, "trade", kazakhOnly, IfMatch.of(null))))
            .type());
  }

  @Test
  void shouldKeepATermInUseAndDeleteOneThatIsNot() {
    withService(s -> s.create(EDITOR, TermKind.SECTION, trade()));
    articlesUsing = 2;
    ProblemException inUse =
        assertThrows(
            ProblemException.class,
            () ->
                withService(
                    s -> {
                      s.delete(EDITOR, TermKind.SECTION, "trade", IfMatch.of(null));
                      return null;
                    }));
    assertEquals(ProblemType.TERM_IN_USE, inUse.type());
    assertEquals(2L, inUse.arguments().get("articles"));

    articlesUsing = 0;
    withService(
        s -> {
          s.delete(EDITOR, TermKind.SECTION, "trade", IfMatch.of(null));
          return null;
        });
    assertEquals(List.of(), withService(s -> s.list(TermKind.SECTION)));
    assertEquals(
        ProblemType.TERM_NOT_FOUND,
        assertThrows(
                ProblemException.class, () -> withService(s -> s.get(TermKind.SECTION, "trade")))
            .type());
  }

  @Test
  void shouldCreateUnknownTagsOfAnArticleUnlabelledButNeverASection() {
    withService(
        s -> {
          s.ensureTags(EDITOR, List.of("grain", "grain exports"));
          return null;
        });
    assertEquals(
        List.of("grain", "grain exports"),
        withService(s -> s.list(TermKind.TAG)).stream().map(TermView::key).toList());
    ProblemException unknown =
        assertThrows(
            ProblemException.class,
            () ->
                withService(
                    s -> {
                      s.requireSection("grain");
                      return null;
                    }));
    assertEquals(ProblemType.UNKNOWN_SECTION, unknown.type());
  }

  @Test
  void shouldShowReadersANewLabelOnceTheChangeCommitted() {
    String etag = withService(s -> s.create(EDITOR, TermKind.TAG, trade())).etag();
    EntityManager reader = db.entityManager();
    try {
      Vocabulary vocabulary = Vocabulary.using(reader, LANGUAGES);
      vocabulary.maxAge = java.time.Duration.ofHours(1);
      assertEquals("Сауда", vocabulary.tags(List.of("trade"), "kk").get(0).label());
      assertEquals(Set.of("sauda", "trade"), vocabulary.keysNamedBy(TermKind.TAG, "sauda", "kk"));
      assertEquals(Set.of("trade"), vocabulary.keysNamedBy(TermKind.TAG, "trade", "kk"));

      TermInput relabelled =
          new TermInput(null, List.of(new LabelInput("kk", "Сауда-саттық", null)));
      withService(s -> s.change(EDITOR, TermKind.TAG, "trade", relabelled, IfMatch.of(etag)));
      assertEquals("Сауда", vocabulary.tags(List.of("trade"), "kk").get(0).label(), "kept");
      announced.forEach(vocabulary::onChange);

      reader.clear();
      assertEquals("Сауда-саттық", vocabulary.tags(List.of("trade"), "kk").get(0).label());
      assertEquals("trade", vocabulary.tags(List.of("trade"), "ru").get(0).label(), "the key");
      assertEquals(Set.of("sauda"), vocabulary.keysNamedBy(TermKind.TAG, "sauda", "kk"));
    } finally {
      reader.close();
    }
  }
}
