package dev.tilmash.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /tokens}: a name, the scopes (possibly none), when it expires (an
 * ISO-8601 instant in the future), optionally the user it acts as and the languages it is bound to
 * (none: every language).
 */
public record TokenInput(
    @NotBlank @Size(max = 200) String name,
    @NotNull @Size(max = 16) List<String> scopes,
    @NotBlank String expiresAt,
    @Size(max = 255) String actAs,
    @Size(max = 32) List<@NotBlank String> languages) {}
