package dev.tilmash.language;

import com.ibm.icu.text.Transliterator;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Makes URL slugs from titles: lowercase ASCII words joined by dashes, at most {@value #MAX_LENGTH}
 * characters, so every language's URLs are readable, typeable and safe in any CDN.
 *
 * <p>The romanization follows the language, not just the script: Cyrillic-script languages use
 * their BGN/PCGN transform where ICU has one ({@code ru-ru_Latn/BGN}, {@code kk-kk_Latn/BGN},
 * {@code uz_Cyrl-uz/BGN}), Chinese uses pinyin ({@code Han-Latin}) with every character as its own
 * word, everything else ICU's generic {@code Any-Latin}. The BGN transform is looked up by the
 * language's code in ICU's registry, so a new Cyrillic language such as {@code ky} gets its own
 * transform without a code change; the lookup checks the exact ID because ICU silently replaces an
 * unknown variant (e.g. {@code ru_Cyrl-ru_Latn/BGN}) with a different, non-BGN transform.
 *
 * <p>Thread safety: ICU4J documents transliterators as stateless and shareable, but several of them
 * guard internal buffers themselves and ICU4C does not make the same promise. Slugs are made on
 * editorial saves, not on reads, so each cached instance is simply used under its own lock; a
 * {@code ThreadLocal} would pin ICU classes to the server's pooled threads across redeploys.
 */
public final class SlugTransliterator {

  public static final int MAX_LENGTH = 80;

  static final String FALLBACK_SLUG = "article";

  /** Far more than 80 slug characters need; keeps a pasted body from being transliterated. */
  static final int MAX_INPUT_CODE_POINTS = 500;

  /**
   * Lower-case letters and digits in runs joined by single hyphens. Written without a repeated
   * group, which {@link Pattern} matches by recursing once per repetition: a slug of a million
   * hyphenated letters must not overflow the stack.
   */
  public static final String SHAPE = "(?!-)(?!.*--)[a-z0-9-]+(?<!-)";

  private static final Pattern VALID = Pattern.compile(SHAPE);
  private static final Pattern HAN = Pattern.compile("(\\p{IsHan})");
  private static final Pattern APOSTROPHES = Pattern.compile("[\\p{Lm}'\"`´‘’‚‛′″]");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final String TO_ASCII = "Any-Latin; Latin-ASCII";

  private static final Set<String> AVAILABLE_IDS =
      Set.copyOf(Collections.list(Transliterator.getAvailableIDs()));

  private final Map<String, Transliterator> cache = new ConcurrentHashMap<>();

  /**
   * The slug for a title in a language; {@value #FALLBACK_SLUG} when nothing romanizable is left.
   */
  public String slugFor(String title, Language language) {
    if (title == null || title.isBlank()) {
      return FALLBACK_SLUG;
    }
    // Han-Latin writes a whole run of characters as one word next to digits ("2024年" →
    // "2024nian"); one word per character gives stable, readable pinyin slugs.
    String spaced = HAN.matcher(head(title)).replaceAll(" $1 ");
    Transliterator transliterator =
        cache.computeIfAbsent(transformId(language), Transliterator::getInstance);
    String latin;
    synchronized (transliterator) {
      latin = transliterator.transliterate(spaced);
    }
    String words = APOSTROPHES.matcher(latin).replaceAll("").toLowerCase(Locale.ROOT);
    String slug = trimDashes(NOT_SLUG.matcher(words).replaceAll("-"));
    slug = cut(slug);
    return slug.isEmpty() ? FALLBACK_SLUG : slug;
  }

  /**
   * The {@code n}th variant of a slug that is taken ({@code base-2}, {@code base-3}, ...), cut so
   * that it stays within {@value #MAX_LENGTH} characters.
   */
  public static String numbered(String base, int n) {
    String suffix = "-" + n;
    int room = MAX_LENGTH - suffix.length();
    String stem = base.length() > room ? base.substring(0, room) : base;
    return stem.replaceAll("-+$", "") + suffix;
  }

  /** Whether {@code slug} is 1–80 characters of [a-z0-9] words separated by single dashes. */
  public static boolean isValidSlug(String slug) {
    return slug != null
        && !slug.isEmpty()
        && slug.length() <= MAX_LENGTH
        && VALID.matcher(slug).matches();
  }

  /** The compound ICU transform ID used for a language; visible for tests and diagnostics. */
  static String transformId(Language language) {
    String script = language.script();
    if (script.equals("Hans") || script.equals("Hant")) {
      return "Han-Latin; " + TO_ASCII;
    }
    if (!script.equals("Latn")) {
      String code = language.locale().getLanguage();
      for (String id :
          List.of(code + "-" + code + "_Latn/BGN", code + "_" + script + "-" + code + "/BGN")) {
        if (AVAILABLE_IDS.contains(id)) {
          return id + "; " + TO_ASCII;
        }
      }
    }
    return TO_ASCII;
  }

  private static String head(String title) {
    int codePoints = title.codePointCount(0, title.length());
    if (codePoints <= MAX_INPUT_CODE_POINTS) {
      return title;
    }
    return title.substring(0, title.offsetByCodePoints(0, MAX_INPUT_CODE_POINTS));
  }

  /** Cuts at the last dash within the limit, so no word is chopped unless the first one is huge. */
  private static String cut(String slug) {
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    if (slug.charAt(MAX_LENGTH) == '-') {
      return slug.substring(0, MAX_LENGTH);
    }
    int lastDash = slug.lastIndexOf('-', MAX_LENGTH - 1);
    return lastDash > 0 ? slug.substring(0, lastDash) : slug.substring(0, MAX_LENGTH);
  }

  private static String trimDashes(String slug) {
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    return slug.substring(start, end);
  }
}
