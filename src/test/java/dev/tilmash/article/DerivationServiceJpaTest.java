package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.IfMatch;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link DerivationService} and the outdated rule of derived versions in the editorial list, on
 * Hibernate and H2 with the real migrations.
 */
class DerivationServiceJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final LanguageSet LANGUAGES =
      LanguageSet.of(
          List.of("en", "ru", "uz", "zh", "kk", "uz-Cyrl", "zh-Hant", "kk-Latn"),
          "en",
          Map.of("uz-Cyrl", List.of("uz", "ru", "en"), "zh-Hant", List.of("zh", "en")),
          Map.of("uz-Cyrl", "uz", "zh-Hant", "zh", "kk-Latn", "kk"));

  private static final Actor UZBEK_TRANSLATOR =
      new Actor("translator-uz", Set.of(Role.TRANSLATOR), Set.of("uz"));

  private NewsroomFixture newsroom;
  private String article;

  @BeforeEach
  void anArticleWithAPublishedUzbekTranslation() {
    newsroom = new NewsroomFixture(db);
    article = newsroom.article("en", "trade", "Trade forum");
    newsroom.publish(article, "en");
    newsroom.translation(article, "uz", "savdo", "Savdo forumi Toshkentda", 1);
    newsroom.publish(article, "uz");
  }

  private <T> T service(Function<DerivationService, T> work) {
    return db.call(
        em -> {
          DerivationService service = new DerivationService();
          service.articles = NewsroomFixture.repository(em);
          service.languages = LANGUAGES;
          service.slugs = new Slugs();
          service.slugs.articles = service.articles;
          service.clock = Clock.fixed(newsroom.tick(), ZoneOffset.UTC);
          return work.apply(service);
        });
  }

  private DerivationService.Derived derive(String language, String ifMatch) {
    return service(s -> s.derive(NewsroomFixture.EDITOR, article, language, IfMatch.of(ifMatch)));
  }

  private ProblemException refused(Actor actor, String language, String ifMatch) {
    return assertThrows(
        ProblemException.class,
        () -> service(s -> s.derive(actor, article, language, IfMatch.of(ifMatch))));
  }

  private List<String> outdated(String language) {
    return db
        .call(
            em -> {
              EditorialQuery query = new EditorialQuery();
              query.em = em;
              return query.find(
                  new EditorialFilter(null, language, true, null), new PageRequest(0, 20));
            })
        .items()
        .stream()
        .map(Article::id)
        .toList();
  }

  private <T> T stored(String language, Function<LanguageVersion, T> read) {
    return db.call(
        em -> read.apply(NewsroomFixture.repository(em).version(article, language).orElseThrow()));
  }

  @Test
  void shouldCreateAMachineDerivedDraftFromTheSiblingsLiveRevision() {
    newsroom.edit(article, "uz", "Savdo forumi: yangi tahrir");

    DerivationService.Derived derived = derive("uz_cyrl", null);

    assertTrue(derived.created());
    VersionView view = derived.view();
    assertEquals("uz-Cyrl", view.language());
    assertEquals("DRAFT", view.state());
    assertEquals("Савдо форуми Тошкентда", view.title(), "from the live revision 1");
    assertTrue(view.summary().endsWith(" Савдо форуми Тошкентда"), view.summary());
    assertEquals("Бодй оф *Савдо форуми Тошкентда*.", view.body(), "Markdown kept");
    assertEquals("uz", view.derivedFrom());
    assertEquals(1, view.derivedFromRevision());
    assertFalse(view.outdated());
    assertEquals("sawdo-forumi-toshkentda", view.slug(), "BGN/PCGN, as every uz-Cyrl slug");
    Revision first = stored("uz-Cyrl", LanguageVersion::working);
    assertEquals("derived from uz revision 1 by ICU transliteration", first.comment());
    assertEquals("uz_Latn-uz_Cyrl", first.transliteration());
    assertEquals(new Derivation("uz", 1), first.derivation());
    assertEquals(1, first.basedOnSourceRevision(), "the source revision the sibling follows");
  }

  @Test
  void shouldDeriveFromTheWorkingRevisionWhileNothingIsLive() {
    String draft = newsroom.article("zh", "maoyi", "贸易论坛");

    DerivationService.Derived derived =
        service(s -> s.derive(NewsroomFixture.EDITOR, draft, "zh-Hant", IfMatch.of(null)));

    assertEquals("貿易論壇", derived.view().title());
    assertEquals(1, derived.view().derivedFromRevision());
  }

  @Test
  void shouldRequireIfMatchToRegenerateAnExistingVersion() {
    String etag = derive("uz-Cyrl", null).view().etag();
    newsroom.edit(article, "uz", "Savdo forumi ochildi");
    newsroom.publish(article, "uz");

    assertEquals(
        ProblemType.PRECONDITION_REQUIRED, refused(NewsroomFixture.EDITOR, "uz-Cyrl", null).type());
    assertEquals(
        ProblemType.STALE_ETAG, refused(NewsroomFixture.EDITOR, "uz-Cyrl", "\"0-0\"").type());

    DerivationService.Derived again = derive("uz-Cyrl", etag);
    assertFalse(again.created());
    assertEquals("Савдо форуми очилди", again.view().title());
    assertEquals(2, again.view().workingRevision());
    assertEquals(2, again.view().derivedFromRevision());
  }

  @Test
  void shouldWriteNothingWhenTheSiblingHasNotChanged() {
    VersionView first = derive("uz-Cyrl", null).view();

    VersionView again = derive("uz-Cyrl", first.etag()).view();

    assertEquals(first.etag(), again.etag());
    assertEquals(1, again.workingRevision());
  }

  @Test
  void shouldBeOutdatedWhenTheSiblingIsRepublishedAndCurrentAfterDerivingAgain() {
    derive("uz-Cyrl", null);
    newsroom.publish(article, "uz-Cyrl");
    assertEquals(List.of(), outdated("uz-Cyrl"));

    newsroom.edit(article, "uz", "Savdo forumi yakunlandi");
    assertEquals(List.of(), outdated("uz-Cyrl"), "a draft of the sibling outdates nothing");
    newsroom.publish(article, "uz");

    assertEquals(List.of(article), outdated("uz-Cyrl"));
    db.run(
        em -> {
          ArticleRepository repository = NewsroomFixture.repository(em);
          ArticleView view =
              ArticleView.of(
                  repository.article(article).orElseThrow(),
                  repository.versionsOf(List.of(article)));
          VersionSummary cyrl =
              view.versions().stream()
                  .filter(v -> v.language().equals("uz-Cyrl"))
                  .findFirst()
                  .orElseThrow();
          assertTrue(cyrl.outdated());
          assertEquals("uz", cyrl.derivedFrom());
        });

    String current = stored("uz-Cyrl", LanguageVersion::etag);
    VersionView regenerated = derive("uz-Cyrl", current).view();
    assertFalse(regenerated.outdated());
    assertEquals(List.of(), outdated("uz-Cyrl"));
    newsroom.publish(article, "uz-Cyrl");
    assertEquals(List.of(), outdated("uz-Cyrl"));
    assertEquals(List.of(), outdated("uz"));
    int live = stored("uz-Cyrl", v -> v.live().number());
    assertEquals(2, live);
  }

  @Test
  void shouldNotBeOutdatedByAMinorRepublicationOfTheSibling() {
    derive("uz-Cyrl", null);
    newsroom.edit(article, "uz", "Savdo forumi Toshkentda.");
    newsroom.publish(article, "uz", true);

    assertEquals(List.of(), outdated("uz-Cyrl"));
  }

  @Test
  void shouldFollowTheSourceOnlyThroughTheSibling() {
    derive("uz-Cyrl", null);
    newsroom.edit(article, "en", "Trade forum opens");
    newsroom.publish(article, "en");

    assertEquals(List.of(article), outdated("uz"));
    assertEquals(List.of(), outdated("uz-Cyrl"));
  }

  @Test
  void shouldRefuseALanguageThatIsNotDerived() {
    ProblemException refused = refused(NewsroomFixture.EDITOR, "ru", null);

    assertEquals(ProblemType.NOT_DERIVED, refused.type());
    assertEquals(422, refused.type().status());
    assertEquals("plain", refused.arguments().get("reason"));
    assertEquals(
        List.of("uz-Cyrl", "zh-Hant", "kk-Latn"), refused.arguments().get("derivedLanguages"));
  }

  @Test
  void shouldRefuseWhenTheSiblingHasNoVersion() {
    ProblemException refused = refused(NewsroomFixture.EDITOR, "kk-Latn", null);

    assertEquals(ProblemType.CANNOT_DERIVE, refused.type());
    assertEquals("missing", refused.arguments().get("reason"));
    assertEquals("kk", refused.arguments().get("derivedFrom"));
  }

  @Test
  void shouldRefuseToDeriveTheSourceVersion() {
    String cyrillic = newsroom.article("uz-Cyrl", "manba", "Манба");

    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                service(
                    s -> s.derive(NewsroomFixture.EDITOR, cyrillic, "uz-Cyrl", IfMatch.of(null))));

    assertEquals(ProblemType.CANNOT_DERIVE, refused.type());
    assertEquals("source", refused.arguments().get("reason"));
  }

  @Test
  void shouldRefuseATranslatorOfTheSiblingBeforeAnythingElse() {
    ProblemException refused = refused(UZBEK_TRANSLATOR, "uz-Cyrl", null);

    assertEquals(ProblemType.MISSING_LANGUAGE, refused.type());
    assertEquals("uz-Cyrl", refused.arguments().get("language"));
  }

  @Test
  void shouldLetATranslatorOfTheDerivedLanguageDeriveIt() {
    Actor cyrillic = new Actor("translator-uz-cyrl", Set.of(Role.TRANSLATOR), Set.of("uz-Cyrl"));

    VersionView view =
        service(s -> s.derive(cyrillic, article, "uz-Cyrl", IfMatch.of(null))).view();

    assertEquals("DRAFT", view.state());
    assertEquals("translator-uz-cyrl", stored("uz-Cyrl", v -> v.working().author()));
  }

  @Test
  void shouldMapKazakhLettersInTheDerivedLatinVersion() {
    String kazakh = newsroom.article("kk", "qazaq", "Әңгіме ғана қала ма? Өзен, ұлт, үй");

    VersionView view =
        service(s -> s.derive(NewsroomFixture.EDITOR, kazakh, "kk-Latn", IfMatch.of(null))).view();

    assertEquals("Äñgıme ğana qala ma? Özen, ūlt, üi", view.title());
    assertEquals("angime-gana-qala-ma-ozen-ult-ui", view.slug());
  }
}
