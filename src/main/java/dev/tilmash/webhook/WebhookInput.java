package dev.tilmash.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /webhooks} and {@code PUT /webhooks/{id}}: the target URL, the events (at
 * least one), the languages (none: every language) and whether it is enabled (default true).
 */
public record WebhookInput(
    @NotBlank @Size(max = 2000) String url,
    @NotEmpty @Size(max = 16) List<@NotNull String> events,
    @Size(max = 32) List<@NotBlank String> languages,
    Boolean enabled) {}
