package dev.tilmash.article;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    return Arrays.stream(values())
        .filter(action -> action != EDIT && action.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.INVALID_FIELD,
                    Map.of(
                        "fields",
                        List.of("action"),
                        "allowedValues",
                        Arrays.stream(values())
                            .filter(a -> a != EDIT)
                            .map(WorkflowAction::id)
                            .toList())));
  }
}
