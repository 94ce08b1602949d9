package dev.tilmash.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one sentence splitter: XLIFF segments and the translation memory's sentences both come from
 * it, so a sentence a memory holds is exactly a segment an export asks about. Cuts content into
 * sentences with ICU's sentence break rules for the language (with CLDR's abbreviation exceptions,
 * so "Mr. Smith" stays whole). The spaces between sentences become ignorable parts, as XLIFF
 * expects. A break that would fall inside bold, italic or a link is not taken: paired codes stay
 * within one segment.
 */
public final class SentenceSplitter {
  private static final char OBJECT = '\uFFFC';

  /** A segment (a sentence) or an ignorable (the spaces between two). */
  public record Piece(boolean segment, List<Inline> content) {}

  /** Building an iterator with CLDR's exceptions is costly: one per language, cloned for use. */
  private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

  private final BreakIterator iterator;

  /** A splitter for one language; not for use by several threads at once. */
  public SentenceSplitter(String languageTag) {
    this.iterator =
        (BreakIterator)
            PROTOTYPES.computeIfAbsent(languageTag, SentenceSplitter::prototype).clone();
  }

  private static BreakIterator prototype(String languageTag) {
    ULocale locale = ULocale.forLanguageTag(languageTag).setKeywordValue("ss", "standard");
    return BreakIterator.getSentenceInstance(locale);
  }

  /** The words of each sentence of {@code content}, white space collapsed. */
  public List<String> sentences(List<Inline> content) {
    return split(content).stream()
        .filter(Piece::segment)
        .map(piece -> MarkdownInlines.plainText(piece.content()))
        .filter(text -> !text.isEmpty())
        .toList();
  }

  public List<Piece> split(List<Inline> content) {
    StringBuilder plain = new StringBuilder();
    int[] starts = new int[content.size()];
    for (int i = 0; i < content.size(); i++) {
      starts[i] = plain.length();
      Inline piece = content.get(i);
      if (piece instanceof Inline.Text t) {
        plain.append(t.text());
      } else if (piece instanceof Inline.Placeholder ph) {
        plain.append(ph.kind() == CodeKind.LINE_BREAK ? '\n' : OBJECT);
      }
    }
    List<Integer> breaks = breaks(plain.toString(), content, starts);
    List<List<Inline>> sentences = cut(content, starts, breaks);
    return pieces(sentences);
  }

  /** Break positions inside the text where no paired code is open. */
  private List<Integer> breaks(String plain, List<Inline> content, int[] starts) {
    iterator.setText(plain);
    List<Integer> breaks = new ArrayList<>();
    for (int b = iterator.next(); b != BreakIterator.DONE && b < plain.length(); ) {
      if (depth(content, starts, b) == 0) {
        breaks.add(b);
      }
      b = iterator.next();
    }
    return breaks;
  }

  /** How many paired codes are open at a break: openings there belong to the next sentence. */
  private static int depth(List<Inline> content, int[] starts, int at) {
    int depth = 0;
    for (int i = 0; i < content.size(); i++) {
      Inline piece = content.get(i);
      if (piece instanceof Inline.Open && starts[i] < at) {
        depth++;
      } else if (piece instanceof Inline.Close && starts[i] <= at) {
        depth--;
      }
    }
    return depth;
  }

  private static List<List<Inline>> cut(List<Inline> content, int[] starts, List<Integer> breaks) {
    List<List<Inline>> sentences = new ArrayList<>();
    List<Inline> current = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < content.size(); i++) {
      Inline piece = content.get(i);
      int start = starts[i];
      boolean closesHere =
          piece instanceof Inline.Close && next < breaks.size() && start == breaks.get(next);
      while (!closesHere && next < breaks.size() && start >= breaks.get(next)) {
        sentences.add(current);
        current = new ArrayList<>();
        next++;
      }
      if (piece instanceof Inline.Text t) {
        String text = t.text();
        int offset = start;
        while (next < breaks.size() && breaks.get(next) < offset + text.length()) {
          int at = breaks.get(next) - offset;
          if (at > 0) {
            current.add(new Inline.Text(text.substring(0, at)));
          }
          sentences.add(current);
          current = new ArrayList<>();
          text = text.substring(Math.max(at, 0));
          offset = breaks.get(next);
          next++;
        }
        if (!text.isEmpty()) {
          current.add(new Inline.Text(text));
        }
      } else {
        current.add(piece);
      }
    }
    sentences.add(current);
    return sentences;
  }

  /** Sentences as segments, with surrounding whitespace moved into ignorables. */
  private static List<Piece> pieces(List<List<Inline>> sentences) {
    List<Piece> pieces = new ArrayList<>();
    for (List<Inline> sentence : sentences) {
      List<Inline> body = new ArrayList<>(sentence);
      String lead = strip(body, true);
      String trail = strip(body, false);
      if (!lead.isEmpty()) {
        addSpace(pieces, lead);
      }
      if (!body.isEmpty()) {
        pieces.add(new Piece(true, List.copyOf(body)));
      }
      if (!trail.isEmpty()) {
        addSpace(pieces, trail);
      }
    }
    return pieces;
  }

  private static void addSpace(List<Piece> pieces, String space) {
    if (!pieces.isEmpty() && !pieces.get(pieces.size() - 1).segment()) {
      Piece last = pieces.remove(pieces.size() - 1);
      space = ((Inline.Text) last.content().get(0)).text() + space;
    }
    pieces.add(new Piece(false, List.of(new Inline.Text(space))));
  }

  /** Removes leading or trailing whitespace held in text at that end; returns it. */
  private static String strip(List<Inline> body, boolean leading) {
    StringBuilder removed = new StringBuilder();
    while (!body.isEmpty()) {
      int index = leading ? 0 : body.size() - 1;
      if (!(body.get(index) instanceof Inline.Text t)) {
        break;
      }
      String text = t.text();
      String kept = leading ? text.stripLeading() : text.stripTrailing();
      String gone =
          leading
              ? text.substring(0, text.length() - kept.length())
              : text.substring(kept.length());
      if (leading) {
        removed.append(gone);
      } else {
        removed.insert(0, gone);
      }
      if (kept.isEmpty()) {
        body.remove(index);
      } else {
        body.set(index, new Inline.Text(kept));
        break;
      }
    }
    return removed.toString();
  }
}
