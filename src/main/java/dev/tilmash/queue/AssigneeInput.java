package dev.tilmash.queue;

import jakarta.validation.constraints.Size;

/** The body of PUT …/assignee: who gets the version; {@code null} takes it back. */
public record AssigneeInput(@Size(max = 64) String username) {}
