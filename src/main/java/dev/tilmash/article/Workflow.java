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

import dev.tilmash.account.Actor;
import dev.tilmash.account.Role;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow of one language version, as one table: every allowed step with the state it leaves
 * from, the state it reaches and who may take it. Nothing else in the code decides which step is
 * allowed.
 */
public final class Workflow {
  /** Who may take a step. */
  public enum Who {
    EDITOR,
    /** An editor, or a translator whose scope holds the version's language. */
    WRITER
  }

  /**
   * One row. {@code to == null} keeps the state. {@code whileLive} rows apply only while the
   * version has a live revision (unpublishing a published version that is being revised).
   */
  public record Step(
      WorkflowAction action, WorkflowState from, WorkflowState to, Who who, boolean whileLive) {
    public WorkflowState target() {
      return to == null ? from : to;
    }
  }

  private static final List<Step> TABLE = new ArrayList<>();

  static {
    row(EDIT, DRAFT, null, Who.WRITER);
    row(EDIT, CHANGES_REQUESTED, null, Who.WRITER);
    row(EDIT, IN_REVIEW, null, Who.EDITOR);
    row(EDIT, APPROVED, DRAFT, Who.WRITER);
    row(EDIT, PUBLISHED, DRAFT, Who.WRITER);
    row(SUBMIT, DRAFT, IN_REVIEW, Who.WRITER);
    row(SUBMIT, CHANGES_REQUESTED, IN_REVIEW, Who.WRITER);
    row(REQUEST_CHANGES, IN_REVIEW, CHANGES_REQUESTED, Who.EDITOR);
    row(APPROVE, IN_REVIEW, APPROVED, Who.EDITOR);
    row(PUBLISH, APPROVED, PUBLISHED, Who.EDITOR);
    row(UNPUBLISH, PUBLISHED, DRAFT, Who.EDITOR);
    for (WorkflowState revising : List.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED)) {
      TABLE.add(new Step(UNPUBLISH, revising, null, Who.EDITOR, true));
    }
    for (WorkflowState any : WorkflowState.values()) {
      if (any != ARCHIVED) {
        row(ARCHIVE, any, ARCHIVED, Who.EDITOR);
      }
    }
  }

  private Workflow() {}

  private static void row(WorkflowAction action, WorkflowState from, WorkflowState to, Who who) {
    TABLE.add(new Step(action, from, to, who, false));
  }

  public static Optional<Step> step(WorkflowAction action, WorkflowState from, boolean live) {
    return TABLE.stream()
        .filter(s -> s.action() == action && s.from() == from && (live || !s.whileLive()))
        .findFirst();
  }

  /** The transitions (not edits) allowed from a state, in table order. */
  public static List<String> allowedTransitions(WorkflowState from, boolean live) {
    return TABLE.stream()
        .filter(s -> s.action() != EDIT && s.from() == from && (live || !s.whileLive()))
        .map(s -> s.action().id())
        .distinct()
        .toList();
  }

  /**
   * The step {@code actor} takes on a version of {@code language} in state {@code from}: a 403 when
   * they may not take it (so an outsider never learns the state), else a 409 naming the allowed
   * actions when the state has no such step.
   */
  static Step authorize(
      WorkflowAction action, WorkflowState from, boolean live, String language, Actor actor) {
    Optional<Step> step = step(action, from, live);
    if (step.isEmpty()) {
      requireRight(onlyEditors(action) ? Who.EDITOR : Who.WRITER, language, actor);
      throw new ProblemException(
          ProblemType.WRONG_WORKFLOW_STEP,
          Map.of(
              "language", language,
              "action", action.id(),
              "state", from.name(),
              "allowedActions", allowedTransitions(from, live)));
    }
    requireRight(step.get().who(), language, actor);
    return step.get();
  }

  private static void requireRight(Who who, String language, Actor actor) {
    if (who == Who.EDITOR) {
      actor.require(Role.EDITOR);
    } else {
      actor.requireWriter(language);
    }
  }

  /** Who may take an action in any state: used to answer 403 rather than 409 for outsiders. */
  public static boolean onlyEditors(WorkflowAction action) {
    return TABLE.stream().filter(s -> s.action() == action).allMatch(s -> s.who() == Who.EDITOR);
  }
}
