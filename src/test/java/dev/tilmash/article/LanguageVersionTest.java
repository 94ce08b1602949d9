package dev.tilmash.article;

import static dev.tilmash.article.WorkflowAction.APPROVE;
import static dev.tilmash.article.WorkflowAction.ARCHIVE;
import static dev.tilmash.article.WorkflowAction.EDIT;
import static dev.tilmash.article.WorkflowAction.PUBLISH;
import static dev.tilmash.article.WorkflowAction.REQUEST_CHANGES;
import static dev.tilmash.article.WorkflowAction.SUBMIT;
import static dev.tilmash.article.WorkflowAction.UNPUBLISH;
import static dev.tilmash.article.WorkflowState.APPROVED;
import static dev.tilmash.article.WorkflowState.ARCHIVED;
import static dev.tilmash.article.WorkflowState.CHANGES_REQUESTED;
import static dev.tilmash.article.WorkflowState.DRAFT;
import static dev.tilmash.article.WorkflowState.IN_REVIEW;
import static dev.tilmash.article.WorkflowState.PUBLISHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.article.Versions.Situation;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Revisions, the live revision and the record of transitions of one version. */
class LanguageVersionTest {

  private final Versions versions = new Versions();

  @Test
  void shouldBeginWithRevisionOneInDraftByItsWriter() {
    LanguageVersion ru = versions.translation(1);

    assertEquals(WorkflowState.DRAFT, ru.state());
    assertEquals(1, ru.working().number());
    assertEquals("tatiana", ru.working().author());
    assertEquals(versions.now(), ru.working().createdAt());
    assertEquals(1, ru.working().basedOnSourceRevision());
    assertEquals(1, ru.basedOnSourceRevision());
    assertNull(ru.live());
    assertNull(ru.working().id(), "no database, no id");
    assertEquals(List.of("submit", "archive"), ru.allowedTransitions());
  }

  @Test
  void shouldRefuseToBeginVersionOutsideTheWritersScope() {
    LanguageVersion ru = new LanguageVersion(versions.article(), "ru", "slug", false);
    VersionContent words = Versions.content("Заголовок", "", "");

    assertProblem(
        ProblemType.MISSING_LANGUAGE,
        () -> ru.begin(Staff.TRANSLATOR_OF_ANOTHER_LANGUAGE.actor(), words, 1, Versions.START));
    assertProblem(
        ProblemType.MISSING_ROLE,
        () -> ru.begin(Staff.ADMIN_ONLY.actor(), words, 1, Versions.START));
    assertNull(ru.working());
  }

  @Test
  void shouldFreezeTheWordsOfEachRevisionWithSafeHtml() {
    LanguageVersion ru = versions.translation(1);
    VersionContent words =
        Versions.content("  Форум  ", "Кратко", "# Итоги\n\n<script>alert(1)</script>");

    Change change = ru.edit(Staff.EDITOR.actor(), words, null, versions.tick());

    Revision revision = change.revision();
    assertEquals(2, revision.number());
    assertEquals("Форум", revision.title());
    assertEquals(words, revision.content());
    assertEquals(words.hash(), revision.contentHash());
    assertEquals("<h1>Итоги</h1>", revision.bodyHtml());
    assertEquals("erin", revision.author());
    assertEquals(1, revision.basedOnSourceRevision(), "an edit without basis keeps the old one");
    assertNull(revision.publishedAt());
  }

  @Test
  void shouldMakeTheWorkingRevisionLiveOnPublish() {
    LanguageVersion ru = versions.translationIn(Situation.APPROVED);
    Instant at = versions.tick();

    ru.perform(WorkflowAction.PUBLISH, Staff.EDITOR.actor(), null, false, at);

    assertEquals(WorkflowState.PUBLISHED, ru.state());
    assertSame(ru.working(), ru.live());
    assertEquals(1, ru.live().number());
    assertEquals(at, ru.publishedAt());
    assertEquals(at, ru.live().publishedAt());
    assertEquals(at, versions.article().lastPublishedAt());
  }

  @Test
  void shouldKeepTheLiveRevisionWhileEditingPublishedVersion() {
    LanguageVersion ru = versions.translationIn(Situation.PUBLISHED);
    Revision live = ru.live();

    Change change = versions.edit(ru, Staff.TRANSLATOR_OF_THE_LANGUAGE);

    assertEquals(WorkflowState.DRAFT, ru.state());
    assertEquals(2, change.revision().number());
    assertSame(change.revision(), ru.working());
    assertSame(live, ru.live());
    assertEquals(1, ru.live().number());
    assertEquals("Торговый форум", ru.live().title());
    assertEquals(List.of("submit", "unpublish", "archive"), ru.allowedTransitions());
  }

  @Test
  void shouldSwapTheLiveRevisionOnNextPublish() {
    LanguageVersion ru = versions.translationIn(Situation.APPROVED_WHILE_LIVE);
    Revision old = ru.live();

    ru.perform(WorkflowAction.PUBLISH, Staff.EDITOR.actor(), null, false, versions.tick());

    assertEquals(WorkflowState.PUBLISHED, ru.state());
    assertEquals(2, ru.live().number());
    assertSame(ru.working(), ru.live());
    assertEquals("Правка 1", ru.live().title());
    assertNotNull(old.publishedAt(), "the old revision keeps the record of its publication");
  }

  @Test
  void shouldTakeEverythingDownOnUnpublish() {
    LanguageVersion ru = versions.translationIn(Situation.PUBLISHED);

    ru.perform(WorkflowAction.UNPUBLISH, Staff.EDITOR.actor(), null, false, versions.tick());

    assertEquals(WorkflowState.DRAFT, ru.state());
    assertNull(ru.live());
    assertNull(ru.publishedAt());
    assertEquals(1, ru.working().number());
    assertEquals(List.of("submit", "archive"), ru.allowedTransitions());
  }

  @Test
  void shouldTakeTheLiveRevisionDownWhileKeepingTheRevisionUnderWork() {
    LanguageVersion ru = versions.translationIn(Situation.IN_REVIEW_WHILE_LIVE);

    ru.perform(WorkflowAction.UNPUBLISH, Staff.EDITOR.actor(), null, false, versions.tick());

    assertEquals(WorkflowState.IN_REVIEW, ru.state());
    assertNull(ru.live());
    assertNull(ru.publishedAt());
    assertEquals(2, ru.working().number());
  }

  @Test
  void shouldWriteNoRevisionForUnchangedEdit() {
    LanguageVersion ru = versions.translationIn(Situation.PUBLISHED);
    Revision working = ru.working();
    VersionContent same = Versions.content(" Торговый форум ", "Кратко\n", "Текст");

    Change change = ru.edit(Staff.EDITOR.actor(), same, 1, versions.tick());

    assertNull(change.revision());
    assertNull(change.transition());
    assertNull(change.retiredSlug());
    assertSame(working, ru.working());
    assertEquals(WorkflowState.PUBLISHED, ru.state(), "nothing changed, nothing to review");
  }

  @Test
  void shouldWriteRevisionWhenOnlyTheSourceBasisChanges() {
    LanguageVersion ru = versions.translation(1);
    VersionContent same = ru.working().content();

    Change change = ru.edit(Staff.EDITOR.actor(), same, 2, versions.tick());

    assertEquals(2, change.revision().number());
    assertEquals(2, change.revision().basedOnSourceRevision());
    assertEquals(2, ru.basedOnSourceRevision());
  }

  @Test
  void shouldRecordEveryTransitionWithWhoWhenFromToRevisionAndComment() {
    LanguageVersion ru = versions.translation(1);
    Recorder record = new Recorder(ru);
    Staff translator = Staff.TRANSLATOR_OF_THE_LANGUAGE;

    record.step(SUBMIT, translator, "Ready", 1, DRAFT, IN_REVIEW);
    record.step(REQUEST_CHANGES, Staff.EDITOR, "Figures?", 1, IN_REVIEW, CHANGES_REQUESTED);
    assertNull(versions.edit(ru, translator).transition(), "an edit in DRAFT is no transition");
    record.step(SUBMIT, translator, null, 2, CHANGES_REQUESTED, IN_REVIEW);
    record.step(APPROVE, Staff.SECOND_EDITOR, "Good", 2, IN_REVIEW, APPROVED);
    record.step(PUBLISH, Staff.EDITOR, null, 2, APPROVED, PUBLISHED);

    Instant at = versions.tick();
    WorkflowTransition edit =
        ru.edit(Staff.EDITOR.actor(), Versions.content("Новое", "", ""), null, at).transition();
    assertTransition(edit, EDIT, Staff.EDITOR, null, 3, PUBLISHED, DRAFT, at);

    record.step(UNPUBLISH, Staff.EDITOR, "Embargo", 3, DRAFT, DRAFT);
    record.step(ARCHIVE, Staff.SECOND_EDITOR, "Withdrawn", 3, DRAFT, ARCHIVED);
    assertTrue(ru.allowedTransitions().isEmpty());
  }

  /** Takes steps and checks the transition each one returns. */
  private final class Recorder {
    private final LanguageVersion version;

    Recorder(LanguageVersion version) {
      this.version = version;
    }

    void step(
        WorkflowAction action,
        Staff who,
        String comment,
        int revision,
        WorkflowState from,
        WorkflowState to) {
      Instant at = versions.tick();
      Change change = version.perform(action, who.actor(), comment, false, at);
      assertNull(change.revision());
      assertTransition(change.transition(), action, who, comment, revision, from, to, at);
      assertEquals(at, version.updatedAt());
    }
  }

  private static void assertTransition(
      WorkflowTransition transition,
      WorkflowAction action,
      Staff who,
      String comment,
      int revision,
      WorkflowState from,
      WorkflowState to,
      Instant at) {
    assertNotNull(transition, action.id());
    assertEquals(action, transition.action());
    assertEquals(from, transition.from(), action.id());
    assertEquals(to, transition.to(), action.id());
    assertEquals(who.username(), transition.actor());
    assertEquals(revision, transition.revision(), action.id());
    assertEquals(comment, transition.comment());
    assertEquals(at, transition.at());
  }

  private static ProblemException assertProblem(ProblemType type, Executable executable) {
    ProblemException problem = assertThrows(ProblemException.class, executable);
    assertEquals(type, problem.type(), problem::getMessage);
    return problem;
  }
}
