package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.audit.AuditEvent;
import dev.tilmash.audit.AuditKind;
import dev.tilmash.audit.AuditLogs;
import dev.tilmash.language.LanguageSet;
import dev.tilmash.shared.IfMatch;
import dev.tilmash.shared.JpaTestDatabase;
import dev.tilmash.shared.Page;
import dev.tilmash.shared.PageRequest;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RevisionService} and {@link RevisionQuery} on Hibernate and H2, outside the server. */
class RevisionServiceJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private static final LanguageSet LANGUAGES =
      LanguageSet.of(
          List.of("en", "ru", "kk"),
          "en",
          Map.of("ru", List.of("en"), "kk", List.of("ru", "en")),
          Map.of());

  private NewsroomFixture newsroom;
  private String article;

  @BeforeEach
  void anArticle() {
    newsroom = new NewsroomFixture(db);
    article = newsroom.article("en", "grain", "Grain exports rise");
  }

  @Test
  void shouldListRevisionsNewestFirstInPages() {
    for (int i = 2; i <= 5; i++) {
      newsroom.edit(article, "en", "Grain exports rise " + i);
    }
    newsroom.translation(article, "ru", "zerno", "Экспорт зерна", 1);

    Page<HistoryView.RevisionEntry> first =
        service(s -> s.list(article, "en", PageRequest.of(0, 2)));
    Page<HistoryView.RevisionEntry> last =
        service(s -> s.list(article, "en", PageRequest.of(2, 2)));

    assertEquals(List.of(5, 4), first.items().stream().map(e -> e.number()).toList());
    assertEquals(5, first.total());
    assertEquals(List.of(1), last.items().stream().map(e -> e.number()).toList());
    assertEquals(1, service(s -> s.list(article, "ru", PageRequest.of(0, 20))).total());
  }

  @Test
  void shouldTellWhichRevisionIsLiveAndWhichIsWorking() {
    newsroom.publish(article, "en");
    newsroom.edit(article, "en", "Grain exports fall");

    RevisionView live = service(s -> s.get(article, "en", 1));
    RevisionView working = service(s -> s.get(article, "en", 2));

    assertEquals("Grain exports rise", live.title());
    assertTrue(live.live());
    assertFalse(live.working());
    assertEquals("Grain exports fall", working.title());
    assertEquals("<p>Body of <em>Grain exports fall</em>.</p>", working.bodyHtml().strip());
    assertFalse(working.live());
    assertTrue(working.working());
    assertProblem(ProblemType.REVISION_NOT_FOUND, () -> service(s -> s.get(article, "en", 3)));
    assertProblem(ProblemType.VERSION_NOT_FOUND, () -> service(s -> s.get(article, "kk", 1)));
  }

  @Test
  void shouldDiffTwoRevisionsFieldByField() {
    newsroom.edit(article, "en", "Grain exports fall");

    RevisionDiff diff = service(s -> s.diff(article, "en", 1, 2));

    assertEquals(1, diff.from());
    assertEquals(2, diff.to());
    assertEquals(
        List.of(
            new WordDiff.Run("equal", "Grain exports "),
            new WordDiff.Run("delete", "rise"),
            new WordDiff.Run("insert", "fall")),
        diff.fields().title());
    assertEquals("delete", diff.fields().body().get(1).op());
  }

  @Test
  void shouldRestoreAnEarlierRevisionWhileTheLiveOneStaysLive() {
    newsroom.publish(article, "en");
    newsroom.edit(article, "en", "Grain exports fall");
    String etag = etag("en");

    VersionView restored =
        service(s -> s.restore(NewsroomFixture.EDITOR, article, "en", 1, IfMatch.of(etag)));

    assertEquals("DRAFT", restored.state());
    assertEquals(3, restored.workingRevision());
    assertEquals(1, restored.liveRevision());
    assertEquals("Grain exports rise", restored.title());
    assertNotEquals(etag, restored.etag());
    assertEquals(restored.etag(), etag("en"));
    RevisionView third = service(s -> s.get(article, "en", 3));
    assertEquals("restored revision 1", third.comment());
    assertEquals(service(s -> s.get(article, "en", 1)).contentHash(), third.contentHash());
    List<AuditEvent> restores = audits(AuditKind.RESTORE);
    assertEquals(1, restores.size());
    assertEquals(3, restores.get(0).revision());
    assertEquals("en", restores.get(0).language());
    assertEquals("editor", restores.get(0).actor());
    assertEquals("restored revision 1", restores.get(0).detail());
  }

  @Test
  void shouldRefuseARestoreWithoutOrWithAStaleEtag() {
    newsroom.edit(article, "en", "Grain exports fall");
    String stale = etag("en");
    newsroom.edit(article, "en", "Grain exports hold");

    assertProblem(
        ProblemType.PRECONDITION_REQUIRED,
        () -> service(s -> s.restore(NewsroomFixture.EDITOR, article, "en", 1, IfMatch.of(null))));
    assertProblem(
        ProblemType.STALE_ETAG,
        () -> service(s -> s.restore(NewsroomFixture.EDITOR, article, "en", 1, IfMatch.of(stale))));
    assertEquals(3, service(s -> s.list(article, "en", PageRequest.of(0, 20))).total());
  }

  @Test
  void shouldWriteAndAuditNothingWhenTheWordsAreAlreadyTheWorkingOnes() {
    newsroom.edit(article, "en", "Grain exports fall");
    String etag = etag("en");

    VersionView same =
        service(s -> s.restore(NewsroomFixture.EDITOR, article, "en", 2, IfMatch.of(etag)));

    assertEquals(2, same.workingRevision());
    assertEquals(etag, same.etag());
    assertEquals(List.of(), audits(AuditKind.RESTORE));
  }

  @Test
  void shouldShowATranslationTheSourceChangesSinceItsBasis() {
    newsroom.publish(article, "en");
    newsroom.translation(article, "kk", "astyq", "Астық экспорты өсті", 1);
    newsroom.edit(article, "en", "Grain exports rise sharply");
    newsroom.publish(article, "en");

    SourceChangesView changes = service(s -> s.sourceChanges(article, "kk"));

    assertEquals("kk", changes.language());
    assertEquals("en", changes.sourceLanguage());
    assertEquals(1, changes.basedOnSourceRevision());
    assertEquals(2, changes.currentSourceRevision());
    assertTrue(changes.outdated());
    assertEquals(
        List.of(
            new WordDiff.Run("equal", "Grain exports rise"),
            new WordDiff.Run("insert", " sharply")),
        changes.diff().fields().title());
    assertEquals("en", changes.diff().language());
  }

  @Test
  void shouldShowAMinorSourceChangeWithoutCallingTheTranslationOutdated() {
    newsroom.publish(article, "en");
    newsroom.translation(article, "kk", "astyq", "Астық экспорты өсті", 1);
    newsroom.edit(article, "en", "Grain exports rise.");
    newsroom.publish(article, "en", true);

    SourceChangesView changes = service(s -> s.sourceChanges(article, "kk"));

    assertFalse(changes.outdated());
    assertEquals(2, changes.currentSourceRevision());
    assertEquals("insert", changes.diff().fields().title().get(1).op());
  }

  @Test
  void shouldExplainWhyThereAreNoSourceChanges() {
    newsroom.translation(article, "kk", "astyq", "Астық экспорты өсті", 1);

    ProblemException unpublished =
        assertProblem(
            ProblemType.NO_SOURCE_CHANGES, () -> service(s -> s.sourceChanges(article, "kk")));
    ProblemException source =
        assertProblem(
            ProblemType.NO_SOURCE_CHANGES, () -> service(s -> s.sourceChanges(article, "en")));

    assertEquals("unpublished", unpublished.arguments().get("reason"));
    assertEquals("source", source.arguments().get("reason"));
    assertEquals("en", unpublished.arguments().get("sourceLanguage"));
  }

  /** Runs the work in one transaction on a service wired by hand, as CDI would wire it. */
  private <T> T service(Function<RevisionService, T> work) {
    return db.call(
        em -> {
          RevisionService service = new RevisionService();
          service.articles = NewsroomFixture.repository(em);
          service.revisions = new RevisionQuery();
          service.revisions.em = em;
          service.languages = LANGUAGES;
          service.audit = AuditLogs.writingTo(em);
          service.clock = Clock.fixed(newsroom.tick(), ZoneOffset.UTC);
          return work.apply(service);
        });
  }

  private String etag(String language) {
    return db.call(
        em -> NewsroomFixture.repository(em).version(article, language).orElseThrow().etag());
  }

  private List<AuditEvent> audits(AuditKind kind) {
    return db.call(
        em ->
            em.createQuery("select e from AuditEvent e where e.kind = :k", AuditEvent.class)
                .setParameter("k", kind)
                .getResultList());
  }

  private static ProblemException assertProblem(
      ProblemType type, org.junit.jupiter.api.function.Executable call) {
    ProblemException problem = assertThrows(ProblemException.class, call);
    assertEquals(type, problem.type(), problem::getMessage);
    return problem;
  }
}
