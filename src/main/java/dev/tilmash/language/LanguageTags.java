package dev.tilmash.language;

import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import dev.tilmash.shared.ProblemException;
import dev.tilmash.shared.ProblemType;
import java.util.Map;
import java.util.Optional;

/**
 * BCP 47 language tags in the one spelling Tilmash stores, compares and returns.
 *
 * <p>Tags arrive from URLs, headers, configuration and CAT tools in every spelling ({@code
 * UZ_cyrl}, {@code kk-kz}, {@code iw}). Comparing them as strings only works once they are
 * canonical, so every tag entering the system goes through {@link #canonicalize(String)} first.
 * Parsing is strict (ICU's {@code ULocale.Builder}); the lenient {@code ULocale} constructor would
 * turn garbage such as {@code 12345} into a "locale" and hide the client's mistake.
 */
public final class LanguageTags {

  /** Longer than any real tag; keeps hostile input out of the parser and out of error bodies. */
  static final int MAX_LENGTH = 64;

  private LanguageTags() {}

  /**
   * Returns the canonical form of a tag: {@code UZ_cyrl} → {@code uz-Cyrl}, {@code zh-hant-tw} →
   * {@code zh-Hant-TW}, {@code iw} → {@code he}.
   *
   * @throws ProblemException {@link ProblemType#INVALID_LANGUAGE_TAG} with argument {@code tag}
   *     when the input is not a well-formed BCP 47 tag
   */
  public static String canonicalize(String raw) {
    return toLocale(raw).toLanguageTag();
  }

  /** Like {@link #canonicalize(String)}, but empty instead of throwing for a malformed tag. */
  public static Optional<String> tryCanonicalize(String raw) {
    try {
      return Optional.of(canonicalize(raw));
    } catch (ProblemException invalid) {
      return Optional.empty();
    }
  }

  /** The canonical ICU locale of a tag; same rules and failure as {@link #canonicalize}. */
  static ULocale toLocale(String raw) {
    String tag = raw == null ? "" : raw.trim().replace('_', '-');
    if (tag.isEmpty() || tag.length() > MAX_LENGTH) {
      throw invalid(raw);
    }
    try {
      ULocale parsed = new ULocale.Builder().setLanguageTag(tag).build();
      return ULocale.createCanonical(parsed);
    } catch (IllformedLocaleException | IllegalArgumentException malformed) {
      throw invalid(raw);
    }
  }

  private static ProblemException invalid(String raw) {
    String echoed = raw == null ? "" : raw;
    if (echoed.length() > MAX_LENGTH) {
      echoed = echoed.substring(0, MAX_LENGTH) + "…";
    }
    return new ProblemException(ProblemType.INVALID_LANGUAGE_TAG, Map.of("tag", echoed));
  }
}
