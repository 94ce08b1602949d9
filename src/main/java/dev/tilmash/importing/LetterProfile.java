package dev.tilmash.importing;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.Map;

/**
 * How often each letter occurs in ordinary prose of a language, in percent (newspaper text;
 * rounded, which is plenty for telling languages of one script apart). Kazakh's ә ғ қ ң ө ұ ү һ і,
 * the Uzbek Cyrillic ў and ҳ, and the Uzbek Latin ʻ of oʻ and gʻ barely occur in the other
 * languages of their script, so a few of them outweigh many common letters.
 */
enum LetterProfile {
  ENGLISH(
      "en",
      UScript.LATIN,
      "a8.2 b1.5 c2.8 d4.3 e12.7 f2.2 g2.0 h6.1 i7.0 j0.15 k0.77 l4.0 m2.4 n6.7 o7.5 p1.9 q0.095"
          + " r6.0 s6.3 t9.1 u2.8 v0.98 w2.4 x0.15 y2.0 z0.074 ʻ0.005"),
  UZBEK_LATIN(
      "uz",
      UScript.LATIN,
      "a13.0 b2.6 c0.5 d3.9 e3.3 f0.4 g2.0 h2.9 i8.5 j0.7 k3.2 l6.3 m3.6 n5.6 o5.6 p0.8 q2.6 r6.2"
          + " s4.0 t4.3 u3.3 v1.4 w0.01 x1.6 y2.9 z1.5 ʻ1.3"),
  RUSSIAN(
      "ru",
      UScript.CYRILLIC,
      "а8.01 б1.59 в4.54 г1.70 д2.98 е8.45 ё0.04 ж0.94 з1.65 и7.35 й1.21 к3.49 л4.40 м3.21 н6.70"
          + " о10.97 п2.81 р4.73 с5.47 т6.26 у2.62 ф0.26 х0.97 ц0.48 ч1.44 ш0.73 щ0.36 ъ0.04 ы1.90"
          + " ь1.74 э0.32 ю0.64 я2.01"),
  KAZAKH(
      "kk",
      UScript.CYRILLIC,
      "а11.9 ә2.0 б3.1 в0.4 г1.0 ғ1.6 д3.5 е8.1 ё0.02 ж2.1 з2.0 и1.8 й2.3 к3.0 қ3.4 л5.4 м3.1 н6.5"
          + " ң1.2 о2.2 ө0.9 п0.9 р5.6 с4.0 т6.2 у2.0 ұ1.5 ү1.3 ф0.1 х0.3 һ0.05 ц0.05 ч0.1 ш1.6"
          + " щ0.02 ъ0.02 ы6.4 і4.2 ь0.05 э0.05 ю0.1 я0.3"),
  UZBEK_CYRILLIC(
      "uz-Cyrl",
      UScript.CYRILLIC,
      "а13.0 б2.6 в1.4 г2.0 ғ0.8 д3.9 е3.3 ё0.3 ж0.7 з1.5 и8.5 й1.0 к3.2 қ2.6 л6.3 м3.6 н5.6 о4.6"
          + " п0.8 р6.2 с4.0 т4.3 у3.3 ў1.0 ф0.4 х1.6 ҳ1.3 ц0.1 ч0.5 ш1.6 ъ0.5 ь0.1 э0.3 ю0.2 я0.5");

  private final String tag;
  private final int script;
  private final Map<Integer, Double> probabilities = new HashMap<>();

  LetterProfile(String tag, int script, String frequencies) {
    this.tag = tag;
    this.script = script;
    double total = 0;
    for (String entry : frequencies.split(" ")) {
      total += Double.parseDouble(entry.substring(Character.charCount(entry.codePointAt(0))));
    }
    for (String entry : frequencies.split(" ")) {
      int letter = entry.codePointAt(0);
      double percent = Double.parseDouble(entry.substring(Character.charCount(letter)));
      probabilities.put(letter, percent / total);
    }
  }

  /** The BCP 47 tag of the language. */
  String tag() {
    return tag;
  }

  /** The ICU {@link UScript} code of the script the language is written in. */
  int script() {
    return script;
  }

  boolean hasLetter(int letter) {
    return probabilities.containsKey(letter);
  }

  /** The probability of {@code letter}, or {@code floor} for a letter the language does not use. */
  double probability(int letter, double floor) {
    return probabilities.getOrDefault(letter, floor);
  }
}
