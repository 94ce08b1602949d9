package dev.tilmash.language;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes text of one language in another of its scripts, for script variants derived from their
 * sibling ({@code uz-Cyrl} from {@code uz}, {@code zh-Hant} from {@code zh}, {@code kk-Latn} from
 * {@code kk}).
 *
 * <p>The transform is chosen by the pair: the language and the two scripts, as CLDR gives them for
 * the configured tags ({@code uz} is Latn, {@code zh} Hans, {@code kk} Cyrl). So configuring {@code
 * tilmash.language.kk-Latn.derived-from=kk} is all it takes to derive Kazakh Latin:
 *
 * <ul>
 *   <li>Uzbek Latin → Cyrillic: ICU's {@code uz_Latn-uz_Cyrl}, after a pass of our own for what it
 *       leaves out: the o‘ and g‘ sign typed as {@code '}, {@code ’}, {@code ‘} or {@code `} (ICU
 *       knows only U+02BB), the tutuq belgisi (ʼ → ъ) typed the same ways, {@code y} before o‘ (й,
 *       not ё), and е after a consonant where ICU always writes э ({@code Respublika} → Республика,
 *       while {@code ertaga} → эртага and {@code poeziya} → поэзия keep э).
 *   <li>Uzbek Cyrillic → Latin: ICU's {@code uz_Cyrl-uz_Latn}.
 *   <li>Simplified → Traditional Chinese and back: ICU's {@code Hans-Hant} and {@code Hant-Hans},
 *       character by character (a simplified character with two traditional forms gets ICU's
 *       choice; reviewers catch the rest).
 *   <li>Kazakh Cyrillic → Latin: our rules for the 2021 alphabet, {@link KazakhLatin2021}.
 * </ul>
 *
 * <p>Web addresses and e-mail addresses in the text are kept as they are. Transliterators are built
 * once per pair and shared; each is used under its own lock, as in {@link SlugTransliterator}.
 */
public final class ScriptTransliterator {

  private static final String UZBEK_LATIN_SPELLING =
      """
      $tick = [\\u0027 \\u0060 \\u2018 \\u2019 \\u02BB \\u02BC] ;
      $consonant = [bdfghjklmnpqrstvxzBDFGHJKLMNPQRSTVXZ] ;
      [gG] { $tick > \\u02BB ;
      [oO] { $tick } [:L:] > \\u02BB ;
      [:L:] { $tick } [:L:] > \\u02BC ;
      y } [oO] $tick > й ;
      Y } [oO] $tick > Й ;
      $consonant { e > е ;
      $consonant { E > Е ;
      """;

  private static final Map<String, Supplier<Transliterator>> TRANSFORMS =
      Map.of(
          "uz:Latn>Cyrl",
          () ->
              Transliterator.createFromRules(
                  "uz_Latn-uz_Cyrl",
                  ":: NFC ;\n" + UZBEK_LATIN_SPELLING + ":: uz_Latn-uz_Cyrl ;\n",
                  Transliterator.FORWARD),
          "uz:Cyrl>Latn",
          () -> Transliterator.getInstance("uz_Cyrl-uz_Latn"),
          "zh:Hans>Hant",
          () -> Transliterator.getInstance("Hans-Hant"),
          "zh:Hant>Hans",
          () -> Transliterator.getInstance("Hant-Hans"),
          "kk:Cyrl>Latn",
          () ->
              Transliterator.createFromRules(
                  KazakhLatin2021.ID, KazakhLatin2021.RULES, Transliterator.FORWARD));

  private static final Map<String, String> IDS =
      Map.of(
          "uz:Latn>Cyrl", "uz_Latn-uz_Cyrl",
          "uz:Cyrl>Latn", "uz_Cyrl-uz_Latn",
          "zh:Hans>Hant", "Hans-Hant",
          "zh:Hant>Hans", "Hant-Hans",
          "kk:Cyrl>Latn", KazakhLatin2021.ID);

  private static final Map<String, ScriptTransliterator> BUILT = new ConcurrentHashMap<>();

  /**
   * Addresses a transliteration must not touch: URLs, www. hosts and e-mail addresses. A repeated
   * group recurses once per repetition in {@link Pattern}, so the host's labels are bounded (DNS
   * allows 127) and a body of dots cannot overflow the stack. A scheme or local part starts where
   * its run of characters starts and is never backtracked into, so a long word is scanned once, not
   * once for each of its letters.
   */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:(?<![a-zA-Z0-9+.-])[a-zA-Z][a-zA-Z0-9+.-]*+://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)»”’]"
              + "|(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++){1,126}");

  private final String id;
  private final Transliterator transliterator;

  private ScriptTransliterator(String id, Transliterator transliterator) {
    this.id = id;
    this.transliterator = transliterator;
  }

  /**
   * The transliterator that writes {@code from}'s text in {@code to}'s script; empty when the two
   * are not scripts of one language or no transform is known for the pair.
   */
  public static Optional<ScriptTransliterator> between(Language from, Language to) {
    String fromLanguage = from.locale().getLanguage();
    if (!fromLanguage.equals(to.locale().getLanguage())) {
      return Optional.empty();
    }
    String key = fromLanguage + ":" + from.script() + ">" + to.script();
    Supplier<Transliterator> transform = TRANSFORMS.get(key);
    if (transform == null) {
      return Optional.empty();
    }
    return Optional.of(
        BUILT.computeIfAbsent(key, k -> new ScriptTransliterator(IDS.get(k), transform.get())));
  }

  /** The transform's ID, recorded with every derived revision ({@code uz_Latn-uz_Cyrl}). */
  public String id() {
    return id;
  }

  /** The text in the other script; web and e-mail addresses in it are kept as they are. */
  public String transliterate(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    Matcher address = ADDRESS.matcher(text);
    int done = 0;
    while (address.find()) {
      out.append(convert(text.substring(done, address.start()))).append(address.group());
      done = address.end();
    }
    return out.append(convert(text.substring(done))).toString();
  }

  private String convert(String text) {
    if (text.isEmpty()) {
      return text;
    }
    synchronized (transliterator) {
      return transliterator.transliterate(text);
    }
  }
}
