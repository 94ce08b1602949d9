package dev.tilmash.memory;

import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.commons.text.similarity.SimilarityInput;

/**
 * How alike two token sequences are: {@code 1 − d / max(n, m)}, where {@code d} is the Levenshtein
 * distance counted in whole tokens (insert, delete or replace a word) and {@code n}, {@code m} are
 * the token counts. The distance is commons-text's {@link LevenshteinDistance} over token
 * sequences; with a minimum it runs the banded variant, which stops as soon as the distance exceeds
 * what the minimum allows.
 */
final class TokenSimilarity {
  private static final LevenshteinDistance UNBOUNDED = LevenshteinDistance.getDefaultInstance();
  private static final LevenshteinDistance[] BOUNDED = new LevenshteinDistance[64];

  static {
    for (int k = 0; k < BOUNDED.length; k++) {
      BOUNDED[k] = new LevenshteinDistance(k);
    }
  }

  private TokenSimilarity() {}

  static double of(List<String> a, List<String> b) {
    int longest = Math.max(a.size(), b.size());
    if (longest == 0) {
      return 1.0;
    }
    return 1.0 - (double) UNBOUNDED.apply(new Tokens(a), new Tokens(b)) / longest;
  }

  /** The similarity when it is at least {@code minimum}, otherwise -1. */
  static double atLeast(List<String> a, List<String> b, double minimum) {
    int longest = Math.max(a.size(), b.size());
    if (longest == 0) {
      return 1.0;
    }
    int allowed = allowedEdits(longest, minimum);
    if (Math.abs(a.size() - b.size()) > allowed) {
      return -1;
    }
    LevenshteinDistance distance =
        allowed < BOUNDED.length ? BOUNDED[allowed] : new LevenshteinDistance(allowed);
    int d = distance.apply(new Tokens(a), new Tokens(b));
    return d < 0 ? -1 : 1.0 - (double) d / longest;
  }

  /** The most edits two sequences, the longer of {@code longest} tokens, may differ by. */
  static int allowedEdits(int longest, double minimum) {
    // the epsilon keeps 0.75 × 4 = 3 from becoming 2.9999…
    return Math.max(0, (int) Math.floor((1.0 - minimum) * longest + 1e-9));
  }

  /** A token sequence as commons-text's generic edit distances read it. */
  private record Tokens(List<String> tokens) implements SimilarityInput<String> {
    @Override
    public String at(int index) {
      return tokens.get(index);
    }

    @Override
    public int length() {
      return tokens.size();
    }
  }
}
