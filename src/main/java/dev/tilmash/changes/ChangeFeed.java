package dev.tilmash.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One instance's reading of the change log: each {@link #poll} says what changed since the one
 * before.
 *
 * <p>Ids are handed out when a row is written but become visible when its transaction commits, so a
 * smaller id can appear after a larger one was read. A poll therefore reads every row after the
 * largest id it saw, and again every row written within {@code overlap} of the newest row it saw
 * (both times are the database's); the ids it already passed on are remembered while they are in
 * that window, so each change is passed on once. A change whose transaction ran longer than {@code
 * overlap} before it committed can be missed here: the caches' own time bounds cover it.
 *
 * <p>Lifecycle. The first poll (start) only notes where the log ends, and says that everything
 * changed. So does a poll after a gap the feed cannot account for: when its last successful poll is
 * more than half the {@code retention} ago (other instances may have pruned rows it never read),
 * when more than {@code maxBatch} rows wait (cheaper to start over than to evict one by one), and
 * after a poll that failed, which also says so at once. The rows already in the window at a start
 * are covered by its clear and not passed on again. Every {@value #PRUNE_EVERY}th poll deletes the
 * rows older than {@code retention}.
 */
public final class ChangeFeed {
  private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());
  static final int PRUNE_EVERY = 60;

  /** Where the rows come from: the {@link ChangeLog} table, each call its own transaction. */
  public interface Source {
    /**
     * Rows after {@code afterId} or written at or after {@code windowStart}, by id, at most so
     * many.
     */
    List<LoggedChange> read(long afterId, Instant windowStart, int limit);

    /** The row of the largest id, if any. */
    List<LoggedChange> newest();

    /** Deletes the rows written before {@code before}; returns how many. */
    int prune(Instant before);

    /**
     * Whether this instance wrote the row: its caches already forgot what it tells of, by the
     * change's own event after the commit, so it is not passed on again.
     */
    default boolean writtenHere(long id) {
      return false;
    }
  }

  private final Source source;
  private final Duration overlap;
  private final Duration retention;
  private final int maxBatch;
  private final LongSupplier nanoTime;

  private boolean started;
  private long lastId;
  private Instant newestSeen;
  private long lastSuccess;
  private long polls;
  private final Map<Long, Instant> passedOn = new HashMap<>();

  public ChangeFeed(
      Source source, Duration overlap, Duration retention, int maxBatch, LongSupplier nanoTime) {
    this.source = source;
    this.overlap = overlap;
    this.retention = retention;
    this.maxBatch = maxBatch;
    this.nanoTime = nanoTime;
  }

  /** What changed since the previous poll, or nothing new. */
  public synchronized Optional<ChangesArrived> poll() {
    try {
      if (!started || nanoTime.getAsLong() - lastSuccess > retention.toNanos() / 2) {
        return Optional.of(start());
      }
      List<LoggedChange> rows =
          source.read(lastId, newestSeen.minus(overlap), passedOn.size() + maxBatch + 1);
      Set<ChangeRef> fresh = new HashSet<>();
      int freshRows = 0;
      for (LoggedChange row : rows) {
        if (passedOn.putIfAbsent(row.id(), row.changedAt()) == null
            && !source.writtenHere(row.id())) {
          fresh.add(row.ref());
          freshRows++;
        }
        take(row);
      }
      if (freshRows > maxBatch) {
        return Optional.of(start());
      }
      Instant windowStart = newestSeen.minus(overlap);
      passedOn.values().removeIf(at -> at.isBefore(windowStart));
      lastSuccess = nanoTime.getAsLong();
      if (++polls % PRUNE_EVERY == 0) {
        prune();
      }
      return fresh.isEmpty() ? Optional.empty() : Optional.of(new ChangesArrived(false, fresh));
    } catch (RuntimeException e) {
      started = false;
      LOG.log(Level.WARNING, "Cannot read the change log: every cache forgets all it holds", e);
      return Optional.of(ChangesArrived.everythingChanged());
    }
  }

  /**
   * Notes where the log ends, and the rows already in the window: the clear that a start says for
   * covers them, so they are not passed on again.
   */
  private ChangesArrived start() {
    List<LoggedChange> newest = source.newest();
    lastId = newest.isEmpty() ? 0 : newest.get(0).id();
    newestSeen = newest.isEmpty() ? Instant.EPOCH : newest.get(0).changedAt();
    passedOn.clear();
    for (LoggedChange row : source.read(lastId, newestSeen.minus(overlap), maxBatch * 4)) {
      passedOn.put(row.id(), row.changedAt());
      take(row);
    }
    lastSuccess = nanoTime.getAsLong();
    started = true;
    return ChangesArrived.everythingChanged();
  }

  private void take(LoggedChange row) {
    lastId = Math.max(lastId, row.id());
    newestSeen = row.changedAt().isAfter(newestSeen) ? row.changedAt() : newestSeen;
  }

  /** A failed prune costs nothing but a later try; the caches need not forget anything for it. */
  private void prune() {
    try {
      source.prune(newestSeen.minus(retention));
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "Cannot prune the change log now; a later poll tries again", e);
    }
  }
}
