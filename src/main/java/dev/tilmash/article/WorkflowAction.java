package dev.tilmash.article;

import dev.tilmash.shared.EnumParam;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What can be done to a language version. {@link #EDIT} is a PUT, the others transitions. */
public enum WorkflowAction {
  EDIT,
  SUBMIT,
  REQUEST_CHANGES,
  APPROVE,
  PUBLISH,
  UNPUBLISH,
  ARCHIVE;

  /** The name used in the API: {@code request-changes}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses an action of the transitions endpoint; {@code edit} is a PUT, not a transition. */
  public static WorkflowAction transition(String id) {
    List<WorkflowAction> transitions =
        Arrays.stream(values()).filter(action -> action != EDIT).toList();
    return EnumParam.parse("action", id, transitions, WorkflowAction::id);
  }
}
