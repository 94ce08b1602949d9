package dev.tilmash.language;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Optional;

/**
 * Maps a reader's locale (one Accept-Language entry or a {@code ?lang=} value) to the configured
 * language that reader can read best.
 *
 * <p>The order is a product decision, not ICU's: a reader of another script or region of a
 * configured language gets that language before any other, because a Kazakh reader of Latin script
 * still reads Cyrillic Kazakh more easily than Russian. ICU's {@link LocaleMatcher} alone would say
 * otherwise ({@code zh-TW} matches nothing over {@code zh}, {@code uz-Cyrl} matches {@code ru}).
 * Only when no configured language shares the reader's ISO 639 code does CLDR's knowledge apply
 * ({@code ky}, {@code tg}, {@code tt} → {@code ru}).
 *
 * <p>Immutable and thread-safe: ICU's {@code LocaleMatcher} is immutable once built.
 */
final class ReaderLocaleMatcher {

  private final List<Language> languages;
  private final List<ULocale> maximized;
  private final LocaleMatcher cldr;

  ReaderLocaleMatcher(List<Language> languages) {
    this.languages = List.copyOf(languages);
    this.maximized =
        languages.stream().map(language -> ULocale.addLikelySubtags(language.locale())).toList();
    // ICU's default threshold is kept on purpose: it is CLDR's curated line for "a reader of X can
    // read Y" (ky/tg/tt/az/tk → ru, cy → en) and still rejects de → en or uk → ru. Without a
    // default locale the matcher answers "none" instead of silently returning the first language.
    this.cldr =
        LocaleMatcher.builder()
            .setSupportedULocales(languages.stream().map(Language::locale).toList())
            .setNoDefaultLocale()
            .build();
  }

  /** Exact, then same-language, then CLDR; empty when nothing is close enough. */
  Optional<Language> closest(ULocale desired) {
    return sameLanguage(desired).or(() -> nearbyLanguage(desired));
  }

  /**
   * The exact tag, or else the configured language with the same ISO 639 code, preferring (1) the
   * reader's script, (2) the reader's region, (3) the language's default script; ties go to
   * configuration order.
   */
  Optional<Language> sameLanguage(ULocale desired) {
    if (desired == null) {
      return Optional.empty();
    }
    ULocale canonical = ULocale.createCanonical(desired);
    String tag = canonical.toLanguageTag();
    for (Language language : languages) {
      if (language.tag().equals(tag)) {
        return Optional.of(language);
      }
    }
    if (canonical.getLanguage().isEmpty()) {
      return Optional.empty();
    }
    ULocale wanted = ULocale.addLikelySubtags(canonical);
    Language best = null;
    int bestRank = -1;
    for (int i = 0; i < languages.size(); i++) {
      ULocale offered = maximized.get(i);
      if (!offered.getLanguage().equals(wanted.getLanguage())) {
        continue;
      }
      int rank = rank(wanted, offered, languages.get(i));
      if (rank > bestRank) {
        best = languages.get(i);
        bestRank = rank;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int rank(ULocale wanted, ULocale offered, Language language) {
    int rank = 0;
    if (offered.getScript().equals(wanted.getScript())) {
      rank += 4;
    }
    if (offered.getCountry().equals(wanted.getCountry())) {
      rank += 2;
    }
    if (language.locale().getScript().isEmpty()) {
      rank += 1;
    }
    return rank;
  }

  private Optional<Language> nearbyLanguage(ULocale desired) {
    if (desired == null) {
      return Optional.empty();
    }
    int index = cldr.getBestMatchResult(desired).getSupportedIndex();
    return index < 0 ? Optional.empty() : Optional.of(languages.get(index));
  }
}
