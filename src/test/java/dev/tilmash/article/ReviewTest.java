package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tilmash.article.Versions.Situation;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Review: changes are requested with a reason, and no one approves what they submitted. */
class ReviewTest {

  private final Versions versions = new Versions();

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void shouldRefuseChangeRequestWithoutComment(String comment) {
    LanguageVersion ru = versions.translationIn(Situation.IN_REVIEW);

    ProblemException problem =
        assertProblem(
            ProblemType.INVALID_FIELD,
            () ->
                ru.perform(
                    WorkflowAction.REQUEST_CHANGES,
                    Staff.EDITOR.actor(),
                    comment,
                    false,
                    versions.tick()));

    assertEquals(400, problem.type().status());
    assertEquals(List.of("comment"), problem.arguments().get("fields"));
    assertEquals(WorkflowState.IN_REVIEW, ru.state());
  }

  @Test
  void shouldRefuseApprovalBySubmitter() {
    LanguageVersion ru = versions.translation(1);
    ru.perform(WorkflowAction.SUBMIT, Staff.EDITOR.actor(), null, false, versions.tick());

    ProblemException problem =
        assertProblem(
            ProblemType.FOUR_EYES,
            () ->
                ru.perform(
                    WorkflowAction.APPROVE, Staff.EDITOR.actor(), null, false, versions.tick()));

    assertEquals(403, problem.type().status());
    assertEquals(Map.of("language", "ru", "submittedBy", "erin"), problem.arguments());
    assertEquals(WorkflowState.IN_REVIEW, ru.state());
  }

  @Test
  void shouldLetAnotherEditorApproveWhatAnEditorSubmitted() {
    LanguageVersion ru = versions.translation(1);
    ru.perform(WorkflowAction.SUBMIT, Staff.EDITOR.actor(), null, false, versions.tick());

    ru.perform(WorkflowAction.APPROVE, Staff.SECOND_EDITOR.actor(), null, false, versions.tick());

    assertEquals(WorkflowState.APPROVED, ru.state());
    assertEquals("erin", ru.submittedBy());
  }

  @Test
  void shouldRefuseApprovalBySubmitterOfTheRevisionAfterChangesWereRequested() {
    LanguageVersion ru = versions.requestChanges(versions.translationIn(Situation.IN_REVIEW));
    versions.edit(ru, Staff.SECOND_EDITOR);
    ru.perform(WorkflowAction.SUBMIT, Staff.SECOND_EDITOR.actor(), null, false, versions.tick());

    assertProblem(
        ProblemType.FOUR_EYES,
        () ->
            ru.perform(
                WorkflowAction.APPROVE, Staff.SECOND_EDITOR.actor(), null, false, versions.tick()));
    ru.perform(WorkflowAction.APPROVE, Staff.EDITOR.actor(), null, false, versions.tick());
    assertEquals(WorkflowState.APPROVED, ru.state());
  }

  @Test
  void shouldRefuseApprovalByEditorWhoWroteTheRevisionUnderReview() {
    LanguageVersion ru = versions.translationIn(Situation.IN_REVIEW);
    versions.edit(ru, Staff.EDITOR);
    assertEquals("erin", ru.working().author());

    assertProblem(
        ProblemType.FOUR_EYES,
        () ->
            ru.perform(WorkflowAction.APPROVE, Staff.EDITOR.actor(), null, false, versions.tick()));
  }

  private static ProblemException assertProblem(ProblemType type, Executable executable) {
    ProblemException problem = assertThrows(ProblemException.class, executable);
    assertEquals(type, problem.type(), problem::getMessage);
    return problem;
  }
}
