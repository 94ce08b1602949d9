package dev.tilmash.release;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The body of {@code POST /articles/{id}/releases}: languages that go live together at {@code
 * publishAt} (now when absent), and optionally come down at {@code unpublishAt}.
 */
public record ReleaseInput(
    @NotEmpty @Size(max = 32) List<String> languages,
    Instant publishAt,
    Instant unpublishAt,
    Boolean minor) {}
