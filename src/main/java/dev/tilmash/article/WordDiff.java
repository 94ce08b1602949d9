package dev.tilmash.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.patch.AbstractDelta;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A word-level diff of two texts in one language, as runs of equal, deleted and inserted text.
 *
 * <p>The texts are cut with ICU's word break rules for the language, keeping every segment (words,
 * spaces, punctuation), so Chinese is split into dictionary words rather than characters or
 * whitespace, and the runs add up exactly: the equal and deleted runs in order give the old text,
 * the equal and inserted runs the new one. The token lists are compared with java-diff-utils
 * (Myers). Within one change the deleted text comes before the inserted text, and a space between
 * two changed words joins the change, so a rewritten phrase reads as one deletion and one insertion
 * rather than word by word.
 */
public final class WordDiff {
  public static final String EQUAL = "equal";
  public static final String INSERT = "insert";
  public static final String DELETE = "delete";

  /** One run of text that is equal in both texts, or only in the old ("delete") or new one. */
  public record Run(String op, String text) {}

  /**
   * How many edit steps one Myers search may take. Its work grows with the square of the number of
   * differences, so two long, wholly different bodies would take minutes; past this limit the texts
   * are compared line by line, and a stretch of lines that still differs too much is shown as
   * replaced whole.
   */
  static final int MAX_STEPS = 4_000;

  private WordDiff() {}

  /** The runs that turn {@code before} into {@code after}; no run is empty. */
  public static List<Run> between(String before, String after, ULocale language) {
    String old = before == null ? "" : before;
    String now = after == null ? "" : after;
    Runs runs = new Runs();
    if (!compare(words(old, language), words(now, language), runs, runs::change)
        && !compare(lines(old), lines(now), runs, (o, n) -> wordsOrWhole(o, n, language, runs))) {
      runs.change(List.of(old), List.of(now));
    }
    return runs.done();
  }

  /**
   * Compares two token lists into the runs, handing every changed stretch to {@code onChange};
   * false, with the runs untouched, when they differ in more than {@link #MAX_STEPS} places.
   */
  private static boolean compare(
      List<String> old,
      List<String> now,
      Runs runs,
      BiConsumer<List<String>, List<String>> onChange) {
    List<AbstractDelta<String>> deltas;
    try {
      deltas = DiffUtils.diff(old, now, new StepLimit()).getDeltas();
    } catch (TooManyChanges e) {
      return false;
    }
    int next = 0;
    for (AbstractDelta<String> delta : deltas) {
      int at = delta.getSource().getPosition();
      runs.equal(old.subList(next, at), true);
      onChange.accept(delta.getSource().getLines(), delta.getTarget().getLines());
      next = at + delta.getSource().size();
    }
    runs.equal(old.subList(next, old.size()), false);
    return true;
  }

  /** A stretch of changed lines, by words if that stays cheap, otherwise replaced whole. */
  private static void wordsOrWhole(
      List<String> oldLines, List<String> newLines, ULocale language, Runs runs) {
    String old = String.join("", oldLines);
    String now = String.join("", newLines);
    if (!compare(words(old, language), words(now, language), runs, runs::change)) {
      runs.change(List.of(old), List.of(now));
    }
  }

  /** The text cut at every ICU word boundary: words, spaces and punctuation, in order. */
  static List<String> words(String text, ULocale language) {
    List<String> words = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return words;
    }
    BreakIterator boundaries = BreakIterator.getWordInstance(language);
    boundaries.setText(text);
    int start = boundaries.first();
    for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
      words.add(text.substring(start, end));
      start = end;
    }
    return words;
  }

  /** The text as lines, each with its line break. */
  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("(?<=\n)"));
  }

  /** Stops the Myers search past {@link #MAX_STEPS} edit steps. */
  private static final class StepLimit implements DiffAlgorithmListener {
    @Override
    public void diffStart() {}

    @Override
    public void diffStep(int step, int max) {
      if (step > MAX_STEPS) {
        throw new TooManyChanges();
      }
    }

    @Override
    public void diffEnd() {}
  }

  private static final class TooManyChanges extends RuntimeException {
    TooManyChanges() {
      super(null, null, false, false);
    }
  }

  /** Collects runs: equal text as it comes, a change's deletions and insertions until it ends. */
  private static final class Runs {
    private final List<Run> runs = new ArrayList<>();
    private final StringBuilder deleted = new StringBuilder();
    private final StringBuilder inserted = new StringBuilder();

    void equal(List<String> words, boolean changeFollows) {
      if (words.isEmpty()) {
        return;
      }
      if (changeFollows && words.size() == 1 && isSpace(words.get(0)) && isReplacing()) {
        deleted.append(words.get(0));
        inserted.append(words.get(0));
        return;
      }
      endChange();
      add(EQUAL, String.join("", words));
    }

    void change(List<String> deletedWords, List<String> insertedWords) {
      deletedWords.forEach(deleted::append);
      insertedWords.forEach(inserted::append);
    }

    List<Run> done() {
      endChange();
      return List.copyOf(runs);
    }

    private boolean isReplacing() {
      return deleted.length() > 0 && inserted.length() > 0;
    }

    private void endChange() {
      add(DELETE, deleted.toString());
      add(INSERT, inserted.toString());
      deleted.setLength(0);
      inserted.setLength(0);
    }

    /** Adds a run, or extends the last one when it has the same op (equal lines, then words). */
    private void add(String op, String text) {
      if (text.isEmpty()) {
        return;
      }
      int last = runs.size() - 1;
      if (last >= 0 && runs.get(last).op().equals(op)) {
        runs.set(last, new Run(op, runs.get(last).text() + text));
      } else {
        runs.add(new Run(op, text));
      }
    }

    /** A space within a line; line breaks stay equal, so paragraphs are never joined. */
    private static boolean isSpace(String word) {
      return word.isBlank() && word.indexOf('\n') < 0 && word.indexOf('\r') < 0;
    }
  }
}
