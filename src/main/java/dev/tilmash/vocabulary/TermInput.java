package dev.tilmash.vocabulary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /vocabulary/{kind}} (which needs the key) and of {@code PUT …/{key}}
 * (where the key is the path's, and a key in the body must be the same). The labels replace the
 * term's labels: a language left out has none, and falls back.
 */
public record TermInput(
    @Size(min = 1, max = 64) @Pattern(regexp = KEY_SHAPE) String key,
    @NotNull @Size(max = 50) List<@Valid @NotNull LabelInput> labels) {

  /** No control characters, no slash (a key is a path segment), no space at either end. */
  public static final String KEY_SHAPE = "(?U)(?!\\s)[^\\p{Cntrl}/]*(?<!\\s)";
}
