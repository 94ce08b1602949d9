package dev.tilmash.signin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/session}. */
public record SignInInput(
    @NotBlank @Size(max = 64) String username, @NotNull @Size(max = 200) String password) {}
