package dev.tilmash.importing;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text from its script and letter frequencies, for imports whose language
 * is not given.
 *
 * <p>The script with most letters decides the candidates. Chinese is told from its script (and
 * Traditional from Simplified by how much ICU's {@code Hant-Hans} transliteration changes); Latin
 * and Cyrillic texts are scored against each {@link LetterProfile} of their script, and the
 * confidence is the tempered posterior of the best profile (letters are not independent, so the
 * plain posterior would be sure of everything) times the share of letters in that script. A script
 * with no profile gives CLDR's likely language for it ({@code Geor} → {@code ka}).
 */
public final class LanguageGuesser {
  static final int UZBEK_MARK = 'ʻ';
  private static final Pattern APOSTROPHE_AFTER_O_G =
      Pattern.compile("(?<=[oOgG])[‘'`’ʼ](?=\\p{L})");
  private static final double FLOOR = 1e-4;
  private static final double TEMPERATURE = 4.0;
  private static final double TRADITIONAL_SHARE = 0.05;
  private static final double KANA_SHARE = 0.1;

  /** Characters read: a few pages of text say all there is to say about its language. */
  static final int SAMPLE = 20_000;

  private LanguageGuesser() {}

  /** The guess for {@code text}; only its first {@value #SAMPLE} characters are read. */
  public static LanguageGuess guess(String text) {
    String sample = text == null ? "" : text.substring(0, Math.min(text.length(), SAMPLE));
    String normalized =
        APOSTROPHE_AFTER_O_G.matcher(sample).replaceAll("ʻ").toLowerCase(Locale.ROOT);
    Map<Integer, Integer> scripts = new HashMap<>();
    Map<Integer, Integer> letters = new HashMap<>();
    int total = 0;
    for (int cp : normalized.codePoints().toArray()) {
      if (cp == UZBEK_MARK) {
        letters.merge(cp, 1, Integer::sum);
      } else if (UCharacter.isLetter(cp)) {
        int script = UScript.getScript(cp);
        if (script != UScript.COMMON && script != UScript.INHERITED) {
          scripts.merge(script, 1, Integer::sum);
          letters.merge(cp, 1, Integer::sum);
          total++;
        }
      }
    }
    if (total == 0) {
      return LanguageGuess.NONE;
    }
    int dominant =
        scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    double share = scripts.get(dominant) / (double) total;
    if (dominant == UScript.HAN) {
      return han(normalized, scripts, total);
    }
    List<LetterProfile> candidates =
        Arrays.stream(LetterProfile.values()).filter(p -> p.script() == dominant).toList();
    if (candidates.isEmpty()) {
      ULocale likely =
          ULocale.addLikelySubtags(new ULocale("und_" + UScript.getShortName(dominant)));
      return new LanguageGuess(likely.getLanguage(), share);
    }
    return best(candidates, letters, share);
  }

  private static LanguageGuess best(
      List<LetterProfile> candidates, Map<Integer, Integer> letters, double share) {
    double[] scores = new double[candidates.size()];
    for (int i = 0; i < scores.length; i++) {
      LetterProfile profile = candidates.get(i);
      for (Map.Entry<Integer, Integer> letter : letters.entrySet()) {
        if (candidates.stream().anyMatch(p -> p.hasLetter(letter.getKey()))) {
          scores[i] += letter.getValue() * Math.log(profile.probability(letter.getKey(), FLOOR));
        }
      }
      scores[i] /= TEMPERATURE;
    }
    int best = 0;
    for (int i = 1; i < scores.length; i++) {
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    double sum = 0;
    for (double score : scores) {
      sum += Math.exp(score - scores[best]);
    }
    return new LanguageGuess(candidates.get(best).tag(), share / sum);
  }

  private static LanguageGuess han(String text, Map<Integer, Integer> scripts, int total) {
    int kana =
        scripts.getOrDefault(UScript.HIRAGANA, 0) + scripts.getOrDefault(UScript.KATAKANA, 0);
    int han = scripts.get(UScript.HAN);
    if (kana >= KANA_SHARE * (han + kana)) {
      return new LanguageGuess("ja", (han + kana) / (double) total);
    }
    StringBuilder ideographs = new StringBuilder();
    text.codePoints()
        .filter(cp -> UScript.getScript(cp) == UScript.HAN)
        .forEach(ideographs::appendCodePoint);
    String original = ideographs.toString();
    String simplified = Transliterator.getInstance("Hant-Hans").transliterate(original);
    int[] a = original.codePoints().toArray();
    int[] b = simplified.codePoints().toArray();
    int changed = Math.abs(a.length - b.length);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] != b[i]) {
        changed++;
      }
    }
    boolean traditional = changed > TRADITIONAL_SHARE * a.length;
    return new LanguageGuess(traditional ? "zh-Hant" : "zh-Hans", han / (double) total);
  }
}
