package dev.tilmash.changes;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What this instance's poller learnt from the change log since its previous look, fired to the
 * caches (synchronously, outside any transaction): the things that changed, or {@code everything}
 * when the poller cannot tell what it missed (on start, after a gap, after a failed poll, or when
 * too many changes came at once), in which case every cache forgets all it holds.
 */
public record ChangesArrived(boolean everything, Set<ChangeRef> changes) {
  public ChangesArrived {
    changes = Set.copyOf(changes);
  }

  public static ChangesArrived everythingChanged() {
    return new ChangesArrived(true, Set.of());
  }

  /** The keys of the changes of these kinds. */
  public Set<String> keys(ChangeKind... kinds) {
    Set<ChangeKind> wanted = Set.copyOf(Arrays.asList(kinds));
    return changes.stream()
        .filter(change -> wanted.contains(change.kind()))
        .map(ChangeRef::key)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Whether everything changed or any change of an article arrived. */
  public boolean anyArticle() {
    return everything || changes.stream().anyMatch(change -> change.kind().ofArticle());
  }
}
