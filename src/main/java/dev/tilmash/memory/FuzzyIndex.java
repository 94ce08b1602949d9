package dev.tilmash.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The remembered source segments of one language pair, in memory, for fuzzy lookups: each segment's
 * word tokens and an inverted index from each token to the segments that contain it.
 *
 * <p>A lookup never scans the whole memory. A segment within {@code k} token edits of the query
 * shares at least one token with any {@code k + 1} of the query's token positions, so the lookup
 * reads only the postings of the query's {@code k + 1} rarest tokens, where {@code k} is the most
 * edits the minimum similarity allows for the longest segment it admits. Candidates of a length the
 * minimum rules out are skipped; the rest get the banded edit distance of {@link TokenSimilarity}.
 * The filter loses no match.
 *
 * <p>Memory: tokens are shared strings (one instance per distinct token), so a segment costs about
 * a reference and a posting entry per token; {@link #weight()} counts token occurrences plus
 * segments, which the cache of indexes is bounded by. Reads and additions may run at once: a
 * read-write lock guards the arrays.
 */
final class FuzzyIndex {
  /** A segment that matched, by its id, and how well. */
  record Hit(long id, double similarity) {}

  private final Map<String, Postings> postings = new HashMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private long[] ids = new long[64];
  private List<?>[] tokens = new List<?>[64];
  private int size;
  private long occurrences;

  /** Adds a segment; the caller makes sure it is remembered (committed). */
  void add(long id, List<String> segmentTokens) {
    lock.writeLock().lock();
    try {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
        tokens = Arrays.copyOf(tokens, size * 2);
      }
      String[] shared = new String[segmentTokens.size()];
      for (int i = 0; i < shared.length; i++) {
        Postings list = postings.computeIfAbsent(segmentTokens.get(i), Postings::new);
        list.add(size);
        shared[i] = list.token;
      }
      ids[size] = id;
      tokens[size] = List.of(shared);
      size++;
      occurrences += shared.length;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Segments at least {@code minimum} similar to the query's tokens, best (then newest) first. */
  List<Hit> search(List<String> query, double minimum, int limit) {
    int n = query.size();
    if (n == 0 || limit <= 0) {
      return List.of();
    }
    // at least one shared word, whatever the minimum
    double floor = Math.max(minimum, Double.MIN_NORMAL);
    int longest = (int) Math.min(Integer.MAX_VALUE, Math.floor(n / floor + 1e-9));
    int shortest = (int) Math.ceil(n * floor - 1e-9);
    int allowed = TokenSimilarity.allowedEdits(longest, floor);
    int probes = allowed >= n ? n : allowed + 1;
    lock.readLock().lock();
    try {
      List<Hit> hits = new ArrayList<>();
      BitSet seen = new BitSet(size);
      for (Postings list : rarest(query, probes)) {
        for (int p = 0; p < list.size; p++) {
          int segment = list.items[p];
          if (seen.get(segment)) {
            continue;
          }
          seen.set(segment);
          @SuppressWarnings("unchecked")
          List<String> candidate = (List<String>) tokens[segment];
          if (candidate.size() < shortest || candidate.size() > longest) {
            continue;
          }
          double similarity = TokenSimilarity.atLeast(query, candidate, floor);
          if (similarity >= minimum) {
            hits.add(new Hit(ids[segment], similarity));
          }
        }
      }
      return best(hits, limit);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The postings of the tokens at the query's {@code probes} rarest positions. */
  private List<Postings> rarest(List<String> query, int probes) {
    Set<Postings> chosen = new LinkedHashSet<>();
    query.stream()
        .sorted(Comparator.comparingInt(token -> frequency(token)))
        .limit(probes)
        .forEach(
            token -> {
              Postings list = postings.get(token);
              if (list != null) {
                chosen.add(list);
              }
            });
    return List.copyOf(chosen);
  }

  private int frequency(String token) {
    Postings list = postings.get(token);
    return list == null ? 0 : list.size;
  }

  private static List<Hit> best(List<Hit> hits, int limit) {
    Set<Long> ids = new HashSet<>();
    return hits.stream()
        .sorted(
            Comparator.comparingDouble(Hit::similarity)
                .reversed()
                .thenComparing(Comparator.comparingLong(Hit::id).reversed()))
        .filter(hit -> ids.add(hit.id())) // a segment added twice (see FuzzyIndexes) counts once
        .limit(limit)
        .toList();
  }

  int size() {
    lock.readLock().lock();
    try {
      return size;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Token occurrences plus segments: what the memory of this index grows with. */
  int weight() {
    lock.readLock().lock();
    try {
      return (int) Math.min(Integer.MAX_VALUE, occurrences + size);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The segments (by position) that contain one token, each once, in the order added. */
  private static final class Postings {
    final String token;
    int[] items = new int[2];
    int size;

    Postings(String token) {
      this.token = token;
    }

    void add(int segment) {
      if (size > 0 && items[size - 1] == segment) {
        return; // the token occurs twice in the segment
      }
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = segment;
    }
  }
}
