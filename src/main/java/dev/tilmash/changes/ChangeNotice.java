package dev.tilmash.changes;

/**
 * An event that announces a change other instances must hear of. Every such event fired inside a
 * transaction is written to the change log in that transaction by {@link ChangeLog}, so the row
 * commits, or rolls back, with the change it tells of.
 */
public interface ChangeNotice {
  ChangeKind changeKind();

  /** The article id or username the change is of. */
  String changeKey();
}
