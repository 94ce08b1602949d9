package dev.tilmash.article;

import dev.tilmash.shared.EnumParam;
import java.util.List;
import java.util.Locale;

/** The filters of the editorial list; each is optional. */
public record EditorialFilter(WorkflowState state, String language, Boolean outdated, String q) {

  public static WorkflowState parseState(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return EnumParam.parse(
        "state",
        value.strip().toUpperCase(Locale.ROOT),
        List.of(WorkflowState.values()),
        Enum::name);
  }
}
