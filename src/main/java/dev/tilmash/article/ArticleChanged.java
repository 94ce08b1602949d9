package dev.tilmash.article;

/**
 * Something of an article was stored. {@code liveAffected} is true when what readers get may have
 * changed (a workflow step or a slug change), false for a draft save. Fired in the transaction that
 * stores it; observers that must see only committed changes observe after success.
 */
public record ArticleChanged(String articleId, boolean liveAffected) {}
