package dev.tilmash.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of {@code POST .../transitions}. {@code publishAt} in the future schedules a publish;
 * {@code unpublishAt} schedules the end of an embargo (with publish) or an unpublish.
 */
public record TransitionInput(
    @NotBlank @Size(max = 32) String action,
    @Size(max = 4000) String comment,
    Instant publishAt,
    Instant unpublishAt,
    Boolean minor) {

  public boolean isMinor() {
    return Boolean.TRUE.equals(minor);
  }
}
