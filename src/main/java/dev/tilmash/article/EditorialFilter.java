package dev.tilmash.article;

import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The filters of the editorial list; each is optional. */
public record EditorialFilter(WorkflowState state, String language, Boolean outdated, String q) {

  public static WorkflowState parseState(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Arrays.stream(WorkflowState.values())
        .filter(s -> s.name().equalsIgnoreCase(value.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.INVALID_FIELD,
                    Map.of(
                        "fields",
                        List.of("state"),
                        "allowedValues",
                        Arrays.stream(WorkflowState.values()).map(Enum::name).toList())));
  }
}
