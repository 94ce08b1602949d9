package dev.tilmash.search;

import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The ICU folding and Latin skeletons of {@link IcuFolding} and {@link LatinSkeleton}, computed in
 * Java from ICU's own rules and handed to OpenSearch as character filters, because the OpenSearch
 * used here has no ICU plugin: a {@code mapping} filter per character ({@code ә => ә}, {@code Ў =>
 * o}, {@code ʻ => }) and, before it, a {@code pattern_replace} filter per letter whose skeleton
 * depends on the letter before it ({@link ContextRule}). Character filters keep the offsets of the
 * original text, so highlights still mark the words as written.
 *
 * <p>It covers the letters of the Latin and Cyrillic blocks, the combining marks and the
 * apostrophes of {@link LatinSkeleton.Apostrophes}. The Lucene backend transliterates whole words;
 * {@code CharacterMappingTest} checks that both give the same terms.
 */
final class CharacterMapping {
  /**
   * Latin with its supplements, combining marks, Cyrillic with its supplement, Latin additional.
   */
  private static final int[][] RANGES = {
    {0x41, 0x24F}, {0x300, 0x36F}, {0x400, 0x52F}, {0x1E00, 0x1EFF}
  };

  private static final int[] CYRILLIC = {0x400, 0x52F};

  /** The Kazakh skeleton cuts these Latin digraphs to one letter (see {@link LatinSkeleton}). */
  private static final List<String> KAZAKH_DIGRAPHS = List.of("kh", "zh", "sh", "ch", "gh", "ng");

  /** The letter that {@link #midWord} puts around another to read it inside a word. */
  private static final String CONSONANT = "\u0431";

  /** Not after a letter, mark or digit: where ICU's transliterators see a word begin. */
  private static final String WORD_START = "(?<![\\p{L}\\p{M}\\p{N}])";

  /**
   * A Cyrillic letter whose skeleton is not its usual one after some letters or at the start of a
   * word (Uzbek {@code е} is {@code ye} there, {@code e} elsewhere): {@code pattern} is a Java
   * regular expression that finds it in those places, in either case, and {@code replacement} is
   * its skeleton there.
   */
  record ContextRule(String pattern, String replacement) {}

  private CharacterMapping() {}

  /** ICU folding: case, compatibility forms and combining marks. */
  static Map<String, String> folding(boolean dropApostrophes) {
    Map<String, String> map = map(IcuFolding::fold);
    if (dropApostrophes) {
      dropApostrophes(map);
    }
    return map;
  }

  /**
   * The Latin skeleton of each letter inside a word, folded, with the apostrophes dropped; for
   * Kazakh also the digraphs in Latin text.
   */
  static Map<String, String> skeleton(LatinSkeleton skeleton) {
    Map<String, String> map = map(letter -> midWord(skeleton, letter));
    dropApostrophes(map);
    if (skeleton == LatinSkeleton.KAZAKH) {
      for (String digraph : KAZAKH_DIGRAPHS) {
        String target = skeleton.transliterator().transliterate(digraph);
        spellings(digraph).forEach(spelling -> map.put(spelling, target));
      }
    }
    return map;
  }

  /**
   * Every letter of the language's Cyrillic {@link #alphabet} whose skeleton at the start of a word
   * or after another of its letters differs from {@link #midWord}'s, with the places where it does,
   * as ICU's rules say.
   */
  static List<ContextRule> contexts(LatinSkeleton skeleton) {
    List<String> alphabet = alphabet(skeleton);
    List<ContextRule> rules = new ArrayList<>();
    for (String letter : alphabet) {
      String usual = midWord(skeleton, letter);
      Map<String, StringBuilder> places = new LinkedHashMap<>();
      String initial = after(skeleton, "", letter);
      if (initial != null && !initial.equals(usual)) {
        places.computeIfAbsent(initial, k -> new StringBuilder()).append(WORD_START);
      }
      Map<String, StringBuilder> before = new LinkedHashMap<>();
      for (String previous : alphabet) {
        String there = after(skeleton, previous, letter);
        if (there != null && !there.equals(usual)) {
          before.computeIfAbsent(there, k -> new StringBuilder()).append(bothCases(previous));
        }
      }
      before.forEach(
          (output, letters) -> {
            StringBuilder place = places.computeIfAbsent(output, k -> new StringBuilder());
            place.append(place.isEmpty() ? "" : "|").append("(?<=[").append(letters).append("])");
          });
      places.forEach(
          (output, place) ->
              rules.add(new ContextRule("(?:" + place + ")[" + bothCases(letter) + "]", output)));
    }
    return rules;
  }

  /**
   * The lower-case Cyrillic letters of the language's alphabet (CLDR's exemplar characters): the
   * letters whose places {@link #contexts} looks at. Letters of other alphabets in a text (Russian
   * {@code щ} in Uzbek) get their usual skeleton everywhere.
   */
  private static List<String> alphabet(LatinSkeleton skeleton) {
    ULocale locale = ULocale.forLanguageTag(skeleton == LatinSkeleton.UZBEK ? "uz-Cyrl" : "kk");
    UnicodeSet exemplars = LocaleData.getExemplarSet(locale, 0, LocaleData.ES_STANDARD);
    List<String> letters = new ArrayList<>();
    for (String letter : exemplars) {
      int c = letter.codePointAt(0);
      if (letter.length() == Character.charCount(c)
          && c >= CYRILLIC[0]
          && c <= CYRILLIC[1]
          && Character.isLowerCase(c)) {
        letters.add(letter);
      }
    }
    return letters;
  }

  /** The rules of a {@code mapping} character filter, as OpenSearch reads them. */
  static List<String> rules(Map<String, String> map) {
    List<String> rules = new ArrayList<>();
    map.forEach((from, to) -> rules.add(escape(from) + " => " + escape(to)));
    return rules;
  }

  /**
   * A letter's skeleton inside a word, after a consonant: ICU writes Uzbek {@code е} as {@code ye}
   * only at the start of a word or after a vowel, which {@link #contexts} covers.
   */
  private static String midWord(LatinSkeleton skeleton, String letter) {
    String mid = after(skeleton, CONSONANT, letter);
    return mid != null ? mid : fold(skeleton, letter);
  }

  /**
   * The skeleton of {@code letter} right after {@code previous} (empty: at the start of a word),
   * inside a word that goes on with a consonant; null where ICU's answer cannot be cut into the two
   * letters' parts.
   */
  private static String after(LatinSkeleton skeleton, String previous, String letter) {
    String lead = previous.isEmpty() ? "" : CONSONANT + previous;
    String head = fold(skeleton, lead + CONSONANT);
    String whole = fold(skeleton, lead + letter + CONSONANT);
    String consonant = fold(skeleton, CONSONANT);
    if (!head.endsWith(consonant) || !whole.endsWith(consonant)) {
      return null;
    }
    String prefix = head.substring(0, head.length() - consonant.length());
    String body = whole.substring(0, whole.length() - consonant.length());
    return body.startsWith(prefix) ? body.substring(prefix.length()) : null;
  }

  private static String fold(LatinSkeleton skeleton, String text) {
    return IcuFolding.fold(skeleton.transliterator().transliterate(text));
  }

  private static void dropApostrophes(Map<String, String> map) {
    LatinSkeleton.Apostrophes.CHARACTERS
        .codePoints()
        .forEach(c -> map.put(Character.toString(c), ""));
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

  private static String bothCases(String letter) {
    String upper = letter.toUpperCase(Locale.ROOT);
    return upper.equals(letter) ? letter : letter + upper;
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
