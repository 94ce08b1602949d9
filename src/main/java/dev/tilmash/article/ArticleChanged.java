package dev.tilmash.article;

import dev.tilmash.changes.ChangeKind;
import dev.tilmash.changes.ChangeNotice;

/**
 * Something of an article was stored. {@code liveAffected} is true when what readers get may have
 * changed (a workflow step or a slug change), false for a draft save. Fired in the transaction that
 * stores it; observers that must see only committed changes observe after success. As a {@link
 * ChangeNotice} it is also written to the change log in that transaction, so that the other
 * instances' caches hear of it.
 */
public record ArticleChanged(String articleId, boolean liveAffected) implements ChangeNotice {
  @Override
  public ChangeKind changeKind() {
    return liveAffected ? ChangeKind.ARTICLE_LIVE : ChangeKind.ARTICLE_DRAFT;
  }

  @Override
  public String changeKey() {
    return articleId;
  }
}
