package dev.tilmash.queue;

/** Who a language version is assigned to now; {@code username} is null when no one. */
public record AssigneeView(String articleId, String language, String username) {}
