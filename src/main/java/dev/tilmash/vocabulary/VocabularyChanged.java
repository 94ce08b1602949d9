package dev.tilmash.vocabulary;

import dev.tilmash.changes.ChangeKind;
import dev.tilmash.changes.ChangeNotice;

/**
 * A term was created, relabelled or deleted. Fired in the transaction that made the change;
 * observers that must see only committed changes (caches of what readers get) observe after
 * success. Other instances hear of it through the change log ({@link ChangeKind#VOCABULARY}).
 */
public record VocabularyChanged(TermKind kind, String key) implements ChangeNotice {
  @Override
  public ChangeKind changeKind() {
    return ChangeKind.VOCABULARY;
  }

  @Override
  public String changeKey() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + key;
  }
}
