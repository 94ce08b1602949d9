package dev.tilmash.interchange;

import dev.tilmash.text.Inline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives the codes of a pre-filled target the ids of the source codes they correspond to, as XLIFF
 * requires: the n-th bold in the target is the n-th unused bold of the source segment, and so on. A
 * target with a code the source segment does not have is not offered (empty).
 */
final class CodeMapping {
  private CodeMapping() {}

  static Optional<List<Inline>> onto(List<Inline> source, List<Inline> target) {
    List<Inline.Code> sourceCodes = new ArrayList<>();
    for (Inline piece : source) {
      if (piece instanceof Inline.Code code) {
        sourceCodes.add(code);
      }
    }
    Set<Inline.Code> used = new HashSet<>();
    Map<String, Inline.Code> opened = new HashMap<>();
    List<Inline> out = new ArrayList<>(target.size());
    for (Inline piece : target) {
      if (piece instanceof Inline.Text) {
        out.add(piece);
      } else if (piece instanceof Inline.Open open) {
        Inline.Code match = find(sourceCodes, used, Inline.Open.class, open.data());
        if (match == null) {
          return Optional.empty();
        }
        opened.put(open.id(), match);
        out.add(new Inline.Open(match.id(), open.data(), ((Inline.Open) match).kind()));
      } else if (piece instanceof Inline.Close close) {
        Inline.Code start = opened.get(close.id());
        if (start == null) {
          return Optional.empty();
        }
        out.add(new Inline.Close(start.id(), close.data(), ((Inline.Open) start).kind()));
      } else if (piece instanceof Inline.Placeholder ph) {
        Inline.Code match = find(sourceCodes, used, Inline.Placeholder.class, ph.data());
        if (match == null) {
          return Optional.empty();
        }
        out.add(new Inline.Placeholder(match.id(), ph.data(), ((Inline.Placeholder) match).kind()));
      }
    }
    return Optional.of(out);
  }

  private static Inline.Code find(
      List<Inline.Code> codes, Set<Inline.Code> used, Class<?> type, String data) {
    for (Inline.Code code : codes) {
      if (type.isInstance(code) && !used.contains(code) && sameData(code.data(), data)) {
        used.add(code);
        return code;
      }
    }
    return null;
  }

  /** Codes correspond when they stand for the same Markdown. */
  private static boolean sameData(String a, String b) {
    return a != null && a.equals(b);
  }
}
