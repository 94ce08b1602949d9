package dev.tilmash.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The ICU folding and Latin skeletons of {@link IcuFolding} and {@link LatinSkeleton}, computed in
 * Java once per character and handed to OpenSearch as the rules of a {@code mapping} character
 * filter ({@code ә => ә}, {@code Ў => o}, {@code ʻ => }), because the OpenSearch used here has no
 * ICU plugin. A character filter keeps the offsets of the original text, so highlights still mark
 * the words as written.
 *
 * <p>It covers the letters of the Latin and Cyrillic blocks and the combining marks. The Lucene
 * backend transliterates whole words instead; the two differ where ICU's rules look at a letter's
 * neighbours: this mapping reads every letter as inside a word, so a Cyrillic word that starts with
 * Uzbek {@code е} (Latin {@code ye}) meets its Latin spelling only on Lucene.
 */
final class CharacterMapping {
  /**
   * Latin with its supplements, combining marks, Cyrillic with its supplement, Latin additional.
   */
  private static final int[][] RANGES = {
    {0x41, 0x24F}, {0x300, 0x36F}, {0x400, 0x52F}, {0x1E00, 0x1EFF}
  };

  /** The Kazakh skeleton cuts these Latin digraphs to one letter (see {@link LatinSkeleton}). */
  private static final List<String> KAZAKH_DIGRAPHS = List.of("kh", "zh", "sh", "ch", "gh", "ng");

  /** The letter that {@link #midWord} puts before another to read it inside a word. */
  private static final String CONSONANT = "\u0431";

  private CharacterMapping() {}

  /** ICU folding: case, compatibility forms and combining marks. */
  static List<String> folding(boolean dropApostrophes) {
    Map<String, String> map = map(IcuFolding::fold);
    if (dropApostrophes) {
      LatinSkeleton.Apostrophes.CHARACTERS
          .codePoints()
          .forEach(c -> map.put(Character.toString(c), ""));
    }
    return rules(map);
  }

  /** The Latin skeleton of each letter, folded; for Kazakh also the digraphs in Latin text. */
  static List<String> skeleton(LatinSkeleton skeleton) {
    Map<String, String> map = map(letter -> midWord(skeleton, letter));
    if (skeleton == LatinSkeleton.KAZAKH) {
      for (String digraph : KAZAKH_DIGRAPHS) {
        String target = skeleton.transliterator().transliterate(digraph);
        spellings(digraph).forEach(spelling -> map.put(spelling, target));
      }
    }
    return rules(map);
  }

  /**
   * A letter's skeleton inside a word, after a consonant: ICU writes Uzbek {@code е} as {@code ye}
   * only at the start of a word, and a character filter cannot tell where words start.
   */
  private static String midWord(LatinSkeleton skeleton, String letter) {
    String before = IcuFolding.fold(skeleton.transliterator().transliterate(CONSONANT));
    String both = IcuFolding.fold(skeleton.transliterator().transliterate(CONSONANT + letter));
    return both.startsWith(before)
        ? both.substring(before.length())
        : IcuFolding.fold(skeleton.transliterator().transliterate(letter));
  }

  private static List<String> rules(Map<String, String> map) {
    List<String> rules = new ArrayList<>();
    map.forEach((from, to) -> rules.add(escape(from) + " => " + escape(to)));
    return rules;
  }

  /** What each character of {@link #RANGES} becomes, where that is not the character itself. */
  private static Map<String, String> map(UnaryOperator<String> fold) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int[] range : RANGES) {
      for (int c = range[0]; c <= range[1]; c++) {
        if (!Character.isDefined(c)) {
          continue;
        }
        String letter = Character.toString(c);
        String mapped = fold.apply(letter);
        if (!mapped.equals(letter)) {
          map.put(letter, mapped);
        }
      }
    }
    return map;
  }

  /** {@code sh}, {@code Sh}, {@code sH}, {@code SH}. */
  private static List<String> spellings(String digraph) {
    String first = digraph.substring(0, 1);
    String second = digraph.substring(1);
    String upperFirst = first.toUpperCase(Locale.ROOT);
    String upperSecond = second.toUpperCase(Locale.ROOT);
    return List.of(
        first + second, upperFirst + second, first + upperSecond, upperFirst + upperSecond);
  }

  /**
   * OpenSearch reads the rules' backslash escapes; every character outside printable ASCII is
   * written as {@code \\uXXXX} so that no combining mark or space is lost on the way.
   */
  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c > 0x20 && c < 0x7F && c != '\\') {
        escaped.append(c);
      } else {
        escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return escaped.toString();
  }
}
